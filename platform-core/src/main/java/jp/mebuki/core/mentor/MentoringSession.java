package jp.mebuki.core.mentor;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.user.UserId;

/**
 * A check-in: a session the mentor logged, or a check-in that was missed and escalated to the PM.
 * {@code durationMinutes} and {@code topics} are {@code null} when the mentor did not give them.
 */
@Table("mentoring_session")
public record MentoringSession(
        @Id Long id,
        MentoringMatchId matchId,
        UserId mentorId,
        SessionOutcome outcome,
        LocalDate heldOn,
        String summary,
        Instant loggedAt,
        Integer durationMinutes,
        String topics) {

    /** Whether the check-in took place. */
    public enum SessionOutcome {
        HELD, MISSED
    }
}
