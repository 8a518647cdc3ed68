package jp.mebuki.core.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/**
 * One reviewer's slot on one application in one review round. A slot keeps its number when it
 * passes to the next reviewer after a conflict or an overdue review.
 */
@Table("review_assignment")
public record ReviewAssignment(
        @Id ReviewAssignmentId id,
        ApplicationId applicationId,
        UserId reviewerId,
        int reviewRound,
        int slot,
        AssignmentState state,
        Instant assignedAt,
        Instant dueAt,
        Instant remindAt,
        int remindersSent,
        @Version Integer version) {

    static ReviewAssignment open(ApplicationId applicationId, UserId reviewerId, int round, int slot, Instant now,
            Instant dueAt, Instant remindAt) {
        return new ReviewAssignment(null, applicationId, reviewerId, round, slot, AssignmentState.ASSIGNED, now,
                dueAt, remindAt, 0, null);
    }

    ReviewAssignment moveTo(AssignmentState expected, AssignmentState next) {
        if (state != expected) {
            throw new ConflictingStateException("unexpected-assignment-state",
                    "review assignment " + id + " is " + state + ", expected " + expected);
        }
        return withState(next);
    }

    ReviewAssignment withState(AssignmentState next) {
        return new ReviewAssignment(id, applicationId, reviewerId, reviewRound, slot, next, assignedAt, dueAt,
                remindAt, remindersSent, version);
    }

    ReviewAssignment withReminderSent() {
        return new ReviewAssignment(id, applicationId, reviewerId, reviewRound, slot, state, assignedAt, dueAt,
                remindAt, remindersSent + 1, version);
    }

    /** This assignment with the state and reminder count of {@code other}: equal to {@code other} if nothing else differs. */
    ReviewAssignment withProgressOf(ReviewAssignment other) {
        return new ReviewAssignment(id, applicationId, reviewerId, reviewRound, slot, other.state, assignedAt, dueAt,
                remindAt, other.remindersSent, version);
    }

    ReviewAssignment withNextVersion() {
        return new ReviewAssignment(id, applicationId, reviewerId, reviewRound, slot, state, assignedAt, dueAt,
                remindAt, remindersSent, version + 1);
    }

    public boolean belongsTo(UserId reviewer) {
        return reviewerId.equals(reviewer);
    }
}
