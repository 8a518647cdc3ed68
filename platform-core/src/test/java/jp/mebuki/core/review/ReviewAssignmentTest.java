package jp.mebuki.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

/** Which changes of an assignment ReviewService writes as progress alone (state and reminder count). */
class ReviewAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    private final ReviewAssignment assigned = new ReviewAssignment(new ReviewAssignmentId(7), new ApplicationId(3),
            new UserId(11), 1, 2, AssignmentState.ASSIGNED, NOW, NOW.plusSeconds(86_400), NOW.plusSeconds(43_200), 0, 4);

    @Test
    void recognisesAChangeOfStateOrRemindersAsProgressAlone() {
        ReviewAssignment accepted = assigned.moveTo(AssignmentState.ASSIGNED, AssignmentState.ACCEPTED);
        ReviewAssignment reminded = assigned.withReminderSent();

        assertThat(accepted.withProgressOf(assigned)).isEqualTo(assigned);
        assertThat(reminded.withProgressOf(assigned)).isEqualTo(assigned);
    }

    @Test
    void doesNotTakeAnotherReviewerForProgress() {
        ReviewAssignment otherReviewer = new ReviewAssignment(assigned.id(), assigned.applicationId(), new UserId(12),
                1, 2, AssignmentState.ACCEPTED, NOW, assigned.dueAt(), assigned.remindAt(), 0, 4);

        assertThat(otherReviewer.withProgressOf(assigned)).isNotEqualTo(assigned);
    }

    @Test
    void countsTheVersionOnAfterAnUpdate() {
        assertThat(assigned.withNextVersion().version()).isEqualTo(5);
    }
}
