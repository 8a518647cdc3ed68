package jp.mebuki.core.stagegate;

import java.util.List;

/**
 * The criteria a gate is scored on, split into technical and business criteria (each 1–5). The
 * technical score of a review is the mean of its technical criteria, likewise the business score.
 */
public enum GateCriteriaSet {
    /** SBIR gates: results of the finished phase and readiness for the next. */
    SBIR_STAGE_GATE(List.of("TECHNICAL_RESULTS", "TECHNICAL_FEASIBILITY"),
            List.of("MARKET_POTENTIAL", "PROCUREMENT_FIT"));

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private final List<String> technical;
    private final List<String> business;

    GateCriteriaSet(List<String> technical, List<String> business) {
        this.technical = technical;
        this.business = business;
    }

    public List<String> technical() {
        return technical;
    }

    public List<String> business() {
        return business;
    }
}
