package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.REVIEW_ASSIGNMENT_IDS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewAssignmentId;
import jp.mebuki.core.review.ReviewService;

/**
 * {@code ServiceTaskAssignReviewers}: opens a review round (the first one, or a new one after a
 * resubmission) and fills its slots; each slot becomes one instance of {@code SubProcessReviewSlot}.
 */
@Component("assignReviewers")
class AssignReviewersDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final ReviewService reviews;
    private final ReviewerNotifications notifications;

    AssignReviewersDelegate(ApplicationService applications, ReviewService reviews,
            ReviewerNotifications notifications) {
        this.applications = applications;
        this.reviews = reviews;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationId id = new ApplicationId(APPLICATION_ID.from(execution).get());
        Application application = applications.startReviewRound(id);
        List<Long> assignmentIds = new ArrayList<>();
        for (ReviewAssignmentId assignmentId : reviews.assignReviewers(id)) {
            ReviewAssignment assignment = reviews.requireAssignment(assignmentId);
            notifications.assigned(application, assignment);
            assignmentIds.add(assignmentId.value());
        }
        REVIEW_ASSIGNMENT_IDS.on(execution).set(assignmentIds);
    }
}
