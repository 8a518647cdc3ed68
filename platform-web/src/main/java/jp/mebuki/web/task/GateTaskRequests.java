package jp.mebuki.web.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.sbir.OutcomeKind;
import jp.mebuki.core.stagegate.GateDecision;

/** Request bodies of the stage-gate and SBIR tasks; the domain checks every field and names the one at fault. */
final class GateTaskRequests {

    private GateTaskRequests() {
    }

    @Schema(name = "GateReviewInput", description = "Either conflict=true with a reason, or scores (1–5 on every"
            + " technical and business criterion of the gate's criteria set) with a comment")
    record GateReviewRequest(boolean conflict, String reason, Map<String, Integer> scores, String comment) {
    }

    @Schema(name = "GateDecisionInput", description = "GO needs budgetYen and plannedEnd (within the next phase's"
            + " range), CONDITIONAL a reworkDeadline; a reason always")
    record GateDecisionRequest(GateDecision decision, String reason, Long budgetYen, Instant plannedEnd,
            Instant reworkDeadline, boolean skipToPhase3) {
    }

    @Schema(name = "OverrunFollowUpInput")
    record OverrunFollowUpRequest(String note, Instant newPlannedEnd) {
    }

    @Schema(name = "OutcomesInput")
    record OutcomesRequest(List<OutcomeRequest> outcomes) {
    }

    @Schema(name = "OutcomeInput")
    record OutcomeRequest(OutcomeKind kind, String counterpart, Long amountYen, String description) {
    }

    @Schema(name = "SupportArrangementInput")
    record SupportArrangementRequest(String note) {
    }
}
