package jp.mebuki.core.sbir;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SBIR rules that a programme office sets ({@code mebuki.sbir.*}).
 *
 * @param phase3Budget           Phase 3 budget range per technology field code, {@code DEFAULT} for the rest
 * @param maxReworks             how many times a gate may say CONDITIONAL for one project
 * @param skipToPhase3Allowed    whether a strong Phase 1 project may skip Phase 2
 * @param gateReviewers          reviewers per stage-gate review
 * @param reportReminderLeadDays days before a report's due date that the awardee is reminded
 */
@ConfigurationProperties("mebuki.sbir")
public record SbirProperties(
        Map<String, Range> phase3Budget,
        @DefaultValue("2") int maxReworks,
        @DefaultValue("false") boolean skipToPhase3Allowed,
        @DefaultValue("3") int gateReviewers,
        @DefaultValue("14") int reportReminderLeadDays) {

    public static final String DEFAULT_FIELD = "DEFAULT";

    public SbirProperties {
        phase3Budget = phase3Budget == null ? Map.of() : Map.copyOf(phase3Budget);
    }

    /** A budget range in yen. */
    public record Range(Long min, Long max) {
    }
}
