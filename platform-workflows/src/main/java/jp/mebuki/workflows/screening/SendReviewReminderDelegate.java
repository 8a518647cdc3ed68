package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.REVIEW_ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewAssignmentId;
import jp.mebuki.core.review.ReviewService;

/** {@code ServiceTaskSendReviewReminder}: the non-interrupting reminder; the review task stays open. */
@Component("sendReviewReminder")
class SendReviewReminderDelegate implements JavaDelegate {

    private final ReviewService reviews;
    private final ApplicationService applications;
    private final ReviewerNotifications notifications;

    SendReviewReminderDelegate(ReviewService reviews, ApplicationService applications,
            ReviewerNotifications notifications) {
        this.reviews = reviews;
        this.applications = applications;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewAssignmentId id = new ReviewAssignmentId(REVIEW_ASSIGNMENT_ID.from(execution).get());
        reviews.recordReminderSent(id);
        ReviewAssignment assignment = reviews.requireAssignment(id);
        notifications.reminded(applications.require(assignment.applicationId()), assignment);
    }
}
