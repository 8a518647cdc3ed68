package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.GATE_REVIEWERS;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PHASE;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PHASE_ENDS_IN_GATE;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PROJECT_ID;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.REPORT_DUE_AT;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.REPORT_REMINDER_AT;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.REWORKS_LEFT;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.SKIP_ALLOWED;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;

/**
 * {@code ServiceTaskScheduleReport}: on entering a phase (or a rework), the final report is due at the
 * phase's planned end; the timers and the gate's parameters are read from the project.
 */
@Component("scheduleReport")
class ScheduleReportDelegate implements JavaDelegate {

    private final SbirProjectService projects;

    ScheduleReportDelegate(SbirProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SbirProject project = projects.require(new ProjectId(PROJECT_ID.from(execution).get()));
        PHASE.on(execution).set(project.getPhase().name());
        PHASE_ENDS_IN_GATE.on(execution).set(project.getPhase().endsInGate());
        REPORT_DUE_AT.on(execution).set(Date.from(projects.reportDueAt(project)));
        REPORT_REMINDER_AT.on(execution).set(Date.from(projects.reportReminderAt(project)));
        REWORKS_LEFT.on(execution).set(projects.reworksLeft(project));
        SKIP_ALLOWED.on(execution).set(projects.skipToPhase3Allowed(project));
        GATE_REVIEWERS.on(execution).set(projects.gateReviewers());
    }
}
