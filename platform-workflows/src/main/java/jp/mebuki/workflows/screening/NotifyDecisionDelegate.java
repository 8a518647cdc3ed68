package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.decision.Decision;
import jp.mebuki.core.decision.DecisionService;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.shared.ConflictingStateException;

/**
 * {@code ServiceTaskNotifyAdoption}, {@code ServiceTaskNotifyRejection} and
 * {@code ServiceTaskRequestRevision}: tells the applicant the PM's latest decision and its reason. The
 * decision itself was recorded by the task facade when the PM completed the task.
 */
@Component("notifyDecision")
class NotifyDecisionDelegate implements JavaDelegate {

    private final DecisionService decisions;
    private final ApplicationService applications;
    private final Notifier notifier;

    NotifyDecisionDelegate(DecisionService decisions, ApplicationService applications, Notifier notifier) {
        this.decisions = decisions;
        this.applications = applications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationId id = new ApplicationId(APPLICATION_ID.from(execution).get());
        List<Decision> all = decisions.decisionsOn(id);
        if (all.isEmpty()) {
            throw new ConflictingStateException("no-decision", "application " + id + " has no decision to notify");
        }
        Decision latest = all.get(all.size() - 1);
        Application application = applications.require(id);
        NotificationKind kind = switch (latest.outcome()) {
            case ADOPT -> NotificationKind.APPLICATION_ADOPTED;
            case REJECT -> NotificationKind.APPLICATION_REJECTED;
            case REQUEST_REVISION -> NotificationKind.REVISION_REQUESTED;
        };
        notifier.notify(application.getApplicantId(), id, kind, application.getTitle(), latest.reason());
    }
}
