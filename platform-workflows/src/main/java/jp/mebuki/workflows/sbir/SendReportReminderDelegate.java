package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PROJECT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProjectService;

/** {@code ServiceTaskSendReportReminder}: the awardee is reminded of the report's due date. */
@Component("sendReportReminder")
class SendReportReminderDelegate implements JavaDelegate {

    private final SbirProjectService projects;

    SendReportReminderDelegate(SbirProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.recordReportReminder(new ProjectId(PROJECT_ID.from(execution).get()));
    }
}
