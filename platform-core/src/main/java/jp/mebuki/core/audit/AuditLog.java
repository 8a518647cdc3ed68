package jp.mebuki.core.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.shared.Actor;

/**
 * Appends to the audit trail inside the caller's transaction, so an audit line exists exactly when
 * the change it describes was committed.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(Actor actor, String action, String subjectType, long subjectId, String detail) {
        return entries.save(new AuditEntry(null, clock.instant(), actor.name(), action, subjectType, subjectId,
                detail == null ? "" : truncate(detail)));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> trailOf(String subjectType, long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> byAction(String action) {
        return entries.findByActionOrderByIdAsc(action);
    }

    private static String truncate(String detail) {
        return detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }
}
