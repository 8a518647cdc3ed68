package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.review.ReviewService;

/**
 * {@code ServiceTaskRecordWithdrawal}, in the interrupting event subprocess: the open review tasks are
 * already gone with the interrupted scope; this closes their assignments and confirms to the applicant.
 */
@Component("recordWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ReviewService reviews;
    private final ApplicationService applications;
    private final Notifier notifier;

    RecordWithdrawalDelegate(ReviewService reviews, ApplicationService applications, Notifier notifier) {
        this.reviews = reviews;
        this.applications = applications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationId id = new ApplicationId(APPLICATION_ID.from(execution).get());
        reviews.cancelOpenAssignments(id);
        Application application = applications.require(id);
        notifier.notify(application.getApplicantId(), id, NotificationKind.APPLICATION_WITHDRAWN,
                application.getTitle());
    }
}
