package jp.mebuki.workflows.screening;

import java.util.Date;

import org.springframework.stereotype.Component;

import jp.mebuki.core.review.AssignmentState;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewAssignmentId;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.UserDirectory;

/**
 * Answers the review slot's expressions ({@code ${reviewSlots...}}) from the domain state of the
 * assignment. Routing on domain state instead of a process variable avoids races between parallel
 * slots writing the same variable. Public only because the expression language calls public methods
 * of public classes.
 */
@Component("reviewSlots")
public class ReviewSlotExpressions {

    private final ReviewService reviews;
    private final UserDirectory users;

    ReviewSlotExpressions(ReviewService reviews, UserDirectory users) {
        this.reviews = reviews;
        this.users = users;
    }

    /** The username the slot's user tasks are assigned to. */
    public String reviewerOf(Long reviewAssignmentId) {
        return users.usernameOf(assignment(reviewAssignmentId).reviewerId());
    }

    public Date dueDateOf(Long reviewAssignmentId) {
        return Date.from(assignment(reviewAssignmentId).dueAt());
    }

    public Date reminderDateOf(Long reviewAssignmentId) {
        return Date.from(assignment(reviewAssignmentId).remindAt());
    }

    public boolean conflictDeclared(Long reviewAssignmentId) {
        return assignment(reviewAssignmentId).state() == AssignmentState.CONFLICT_DECLARED;
    }

    /** Whether the slot's (possibly new) reviewer still has to start: true right after a successful reassignment. */
    public boolean awaitingReview(Long reviewAssignmentId) {
        return assignment(reviewAssignmentId).state() == AssignmentState.ASSIGNED;
    }

    private ReviewAssignment assignment(Long id) {
        return reviews.requireAssignment(new ReviewAssignmentId(id));
    }
}
