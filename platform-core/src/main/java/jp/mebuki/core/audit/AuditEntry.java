package jp.mebuki.core.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One line of the audit trail. Immutable: the trail is append-only. */
@Table("audit_entry")
public record AuditEntry(
        @Id Long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        long subjectId,
        String detail) {
}
