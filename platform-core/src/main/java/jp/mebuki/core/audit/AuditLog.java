package jp.mebuki.core.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.TransactionMemo;

/**
 * Appends to the audit trail inside the caller's transaction, so an audit line exists exactly when
 * the change it describes was committed.
 * <p>
 * The entries of a transaction are gathered and inserted together, in the order they were recorded, just
 * before it commits (one JDBC batch instead of a repository save each: a screened application records ten);
 * a failing insert still rolls the whole transaction back. A read of the trail in the same transaction
 * inserts what was gathered first, so it sees its own entries.
 * <p>
 * The insert is plain JDBC: the trail is append-only, nothing reads an entry's id back, and Spring Data JDBC's
 * {@code saveAll} cost many times the statement itself in the lifecycle benchmark's profile (nine entries per
 * application). Reads still map through {@link AuditEntries}.
 */
@Service
public class AuditLog {

    private static final String INSERT = "insert into audit_entry (occurred_at, actor, action, subject_type, subject_id,"
            + " detail) values (?, ?, ?, ?, ?, ?)";

    private final AuditEntries entries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Gathered entries of the current transaction, by the order they were recorded in. */
    private final TransactionMemo<Long, AuditEntry> gathered = new TransactionMemo<>("audit entries", this::insert);
    private final AtomicLong recorded = new AtomicLong();

    AuditLog(AuditEntries entries, JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String subjectType, long subjectId, String detail) {
        AuditEntry entry = new AuditEntry(null, clock.instant(), actor.name(), action, subjectType, subjectId,
                detail == null ? "" : truncate(detail));
        if (!gathered.merge(recorded.incrementAndGet(), entry, (earlier, later) -> later)) {
            jdbc.update(INSERT, columns(entry));
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> trailOf(String subjectType, long subjectId) {
        insert(gathered.drain());
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> byAction(String action) {
        insert(gathered.drain());
        return entries.findByActionOrderByIdAsc(action);
    }

    private void insert(Map<Long, AuditEntry> entriesByOrder) {
        if (entriesByOrder.size() == 1) {
            jdbc.update(INSERT, columns(entriesByOrder.values().iterator().next()));
        } else if (!entriesByOrder.isEmpty()) {
            jdbc.batchUpdate(INSERT, new TreeMap<>(entriesByOrder).values().stream().map(AuditLog::columns).toList());
        }
    }

    private static Object[] columns(AuditEntry entry) {
        return new Object[] { OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.detail() };
    }

    private static String truncate(String detail) {
        return detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }
}
