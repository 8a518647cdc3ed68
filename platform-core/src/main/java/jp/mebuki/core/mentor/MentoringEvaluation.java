package jp.mebuki.core.mentor;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.user.UserId;

/** The short evaluation each side gives at the end of mentoring: a rating from 1 to 5 and a comment. */
@Table("mentoring_evaluation")
public record MentoringEvaluation(
        @Id Long id,
        MentoringMatchId matchId,
        UserId authorId,
        EvaluationSide side,
        int rating,
        String commentText,
        Instant submittedAt) {

    /** Who evaluates whom: the mentor the team, or the team the mentor. */
    public enum EvaluationSide {
        MENTOR, MENTEE
    }
}
