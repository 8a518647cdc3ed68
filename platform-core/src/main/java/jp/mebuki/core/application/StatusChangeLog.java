package jp.mebuki.core.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an application's status history (table {@code application_status_change}), which the aggregate's own
 * save leaves alone: only the changes made since the application was read are inserted, at their index in the
 * history, in the caller's transaction. A concurrent writer of the same application fails on the aggregate's
 * version first, so two transactions never append at the same index.
 */
@Component
class StatusChangeLog {

    private final JdbcClient jdbc;

    StatusChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the entries of {@code changed}'s history from {@code stored} on, for the application saved as
     * {@code saved} (which carries the id of a new one), and marks them stored on both instances.
     */
    void appendNew(Application changed, int stored, Application saved) {
        List<StatusChange> history = changed.getStatusHistory();
        for (int index = stored; index < history.size(); index++) {
            StatusChange change = history.get(index);
            jdbc.sql("insert into application_status_change (application, application_key, status, changed_at, actor,"
                    + " note, note_code, note_args) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(saved.getId().value(), index, change.status().name(),
                            OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC), change.actor(), change.note(),
                            change.noteCode(), change.noteArgs())
                    .update();
        }
        changed.statusChangesStored();
        saved.statusChangesStored();
    }
}
