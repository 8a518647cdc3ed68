package jp.mebuki.web.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An open call as applicants see it. */
@Schema(name = "Call")
record CallView(
        long id,
        String code,
        String titleEn,
        String titleJa,
        Instant opensAt,
        Instant closesAt,
        long budgetYen,
        @Schema(description = "the most an application may request, in yen") long capPerApplicationYen,
        int reviewersPerApplication,
        @Schema(description = "whether reviewers see applications without the applicants' identity") boolean blindReview,
        List<CriterionView> rubric) {

    /** One weighted criterion of the rubric; reviewers score it from 1 to maxScore. */
    @Schema(name = "RubricCriterion")
    record CriterionView(String code, String nameEn, String nameJa, BigDecimal weight, int maxScore) {
    }
}
