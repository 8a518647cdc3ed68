package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.INELIGIBILITY_REASONS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;

/** {@code ServiceTaskRejectIneligible}: records the reasons and tells the applicant. */
@Component("rejectIneligible")
class RejectIneligibleDelegate implements JavaDelegate {

    private final ApplicationService applications;
    private final Notifier notifier;

    RejectIneligibleDelegate(ApplicationService applications, Notifier notifier) {
        this.applications = applications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationId id = new ApplicationId(APPLICATION_ID.from(execution).get());
        List<String> reasons = INELIGIBILITY_REASONS.from(execution).get();
        Application application = applications.markIneligible(id, reasons);
        notifier.notify(application.getApplicantId(), id, NotificationKind.APPLICATION_INELIGIBLE,
                application.getTitle(), String.join(", ", reasons));
    }
}
