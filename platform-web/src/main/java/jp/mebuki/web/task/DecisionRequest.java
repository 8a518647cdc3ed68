package jp.mebuki.web.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.decision.DecisionOutcome;

/** A programme manager's decision; the reason is required (checked by the domain). */
@Schema(name = "DecisionInput")
record DecisionRequest(DecisionOutcome outcome, String reason) {
}
