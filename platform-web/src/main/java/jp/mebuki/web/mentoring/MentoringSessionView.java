package jp.mebuki.web.mentoring;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.mentor.MentoringSession.SessionOutcome;

/** A logged (HELD) or missed check-in. */
@Schema(name = "MentoringSession")
record MentoringSessionView(long id, Long mentorId, SessionOutcome outcome, LocalDate heldOn, String summary,
        Instant loggedAt) {
}
