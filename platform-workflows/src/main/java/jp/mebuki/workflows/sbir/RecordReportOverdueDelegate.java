package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PROJECT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProjectService;

/** {@code ServiceTaskRecordReportOverdue}: the phase overran its planned end without a report. */
@Component("recordReportOverdue")
class RecordReportOverdueDelegate implements JavaDelegate {

    private final SbirProjectService projects;

    RecordReportOverdueDelegate(SbirProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.recordReportOverdue(new ProjectId(PROJECT_ID.from(execution).get()));
    }
}
