package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.REVIEW_ASSIGNMENT_ID;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewAssignmentId;
import jp.mebuki.core.review.ReviewService;

/**
 * {@code ServiceTaskReassignAfterConflict} and {@code ServiceTaskReassignOverdueReview}: passes the
 * slot to the next best reviewer. The new assignment id replaces the slot's element variable
 * {@code reviewAssignmentId}, which is local to this multi-instance instance, so sibling slots keep
 * theirs; {@code GatewayReviewerFound} then loops back into the review or ends the slot unfilled.
 */
@Component("reassignReviewer")
class ReassignReviewerDelegate implements JavaDelegate {

    private final ReviewService reviews;
    private final ApplicationService applications;
    private final ReviewerNotifications notifications;

    ReassignReviewerDelegate(ReviewService reviews, ApplicationService applications,
            ReviewerNotifications notifications) {
        this.reviews = reviews;
        this.applications = applications;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewAssignmentId currentId = new ReviewAssignmentId(REVIEW_ASSIGNMENT_ID.from(execution).get());
        ReviewAssignment current = reviews.requireAssignment(currentId);
        // still open here means the overdue timer fired (a conflict has already closed the assignment)
        boolean overdue = current.state().isOpen();
        Optional<ReviewAssignmentId> next = reviews.reassign(currentId);
        Application application = applications.require(current.applicationId());
        if (overdue) {
            notifications.overdueReassigned(application, current);
        }
        next.ifPresent(nextId -> {
            REVIEW_ASSIGNMENT_ID.on(execution).set(nextId.value());
            notifications.assigned(application, reviews.requireAssignment(nextId));
        });
    }
}
