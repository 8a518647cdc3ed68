package jp.mebuki.core.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the two collections of an application that the aggregate's own save leaves alone, in the caller's
 * transaction, right after it: the status history (table {@code application_status_change}), append-only, of
 * which only the changes made since the application was read are inserted, at their index; and the team
 * ({@code application_team_member}), replaced only when the content was set (a new draft, an edit). Spring Data
 * JDBC would delete and insert both on every save: 32 row writes per screened application where 4 are new.
 * A concurrent writer of the same application fails on the aggregate's version first, so two transactions
 * never append at the same index.
 */
@Component
class ApplicationCollections {

    private final JdbcClient jdbc;

    ApplicationCollections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores what {@code changed} holds and the database not yet, for the application saved as {@code saved}
     * (which carries the id of a new one), and marks it stored on both instances.
     */
    void storeNew(Application changed, Application saved) {
        long id = saved.getId().value();
        if (changed.isTeamChanged()) {
            jdbc.sql("delete from application_team_member where application = ?").param(id).update();
            List<TeamMember> team = changed.getTeam();
            for (int index = 0; index < team.size(); index++) {
                TeamMember member = team.get(index);
                jdbc.sql("insert into application_team_member (application, application_key, name, team_role,"
                        + " affiliation) values (?, ?, ?, ?, ?)")
                        .params(id, index, member.name(), member.role(), member.affiliation())
                        .update();
            }
        }
        List<StatusChange> history = changed.getStatusHistory();
        for (int index = changed.storedStatusChanges(); index < history.size(); index++) {
            StatusChange change = history.get(index);
            jdbc.sql("insert into application_status_change (application, application_key, status, changed_at, actor,"
                    + " note, note_code, note_args) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, index, change.status().name(),
                            OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC), change.actor(), change.note(),
                            change.noteCode(), change.noteArgs())
                    .update();
        }
        changed.collectionsStored();
        saved.collectionsStored();
    }
}
