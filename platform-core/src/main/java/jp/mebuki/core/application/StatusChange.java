package jp.mebuki.core.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an application's status history: the new status, when, by whom and why. The note is
 * English (or the person's own words); {@code noteCode} and {@code noteArgs} say the same for the pages
 * to word in the reader's language (see {@link StatusNote}); both are {@code null} for free text and for
 * entries written before codes were kept.
 */
@Table("application_status_change")
public record StatusChange(ApplicationStatus status, Instant changedAt, String actor, String note,
        String noteCode, String noteArgs) {

    static StatusChange of(ApplicationStatus status, Instant changedAt, String actor, StatusNote note) {
        return note == null ? new StatusChange(status, changedAt, actor, null, null, null)
                : new StatusChange(status, changedAt, actor, note.english(), note.code(), note.joinedArguments());
    }

    /** The arguments of {@link #noteCode()}, in order; empty when there are none. */
    public List<String> noteArguments() {
        if (noteArgs == null || noteArgs.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(noteArgs.split(String.valueOf(StatusNote.ARGUMENT_SEPARATOR), -1));
    }
}
