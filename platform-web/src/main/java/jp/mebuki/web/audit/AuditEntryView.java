package jp.mebuki.web.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of an audit trail. */
@Schema(name = "AuditEntry")
record AuditEntryView(
        Instant occurredAt,
        @Schema(description = "username, or `system` for automatic steps and timers") String actor,
        @Schema(description = "e.g. ELIGIBILITY_DECIDED, REVIEWERS_ASSIGNED, CONFLICT_DECLARED, DECISION_MADE") String action,
        @Schema(description = "what and why") String detail) {
}
