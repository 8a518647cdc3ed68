package jp.mebuki.core.stagegate;

import java.time.Instant;

/**
 * A PM's confirmation of a gate decision.
 *
 * @param budgetYen      the next phase's budget, required for GO
 * @param plannedEnd     the next phase's planned end, required for GO
 * @param reworkDeadline when the reworked report is due, required for CONDITIONAL
 * @param skipToPhase3   GO straight to Phase 3 (only where the gate allows it)
 */
public record GateConfirmation(GateDecision decision, String reason, Long budgetYen, Instant plannedEnd,
        Instant reworkDeadline, boolean skipToPhase3) {
}
