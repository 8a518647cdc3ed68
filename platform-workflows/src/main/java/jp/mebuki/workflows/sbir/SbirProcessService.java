package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.APPLICATION_ID;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PROJECT_ID;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.sbir.Milestone;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.sbir.SupportKind;
import jp.mebuki.core.sbir.SupportRequest;
import jp.mebuki.core.sbir.ThemeId;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/**
 * The SBIR lifecycle for the web layer: award (starts the lifecycle), the awardee's final report
 * (resumes it) and hands-on support requests (an event subprocess). Each method changes the domain
 * and the engine in one transaction. Exposes no engine types.
 */
@Service
public class SbirProcessService {

    private final SbirProjectService projects;
    private final RuntimeService runtime;

    SbirProcessService(SbirProjectService projects, RuntimeService runtime) {
        this.projects = projects;
        this.runtime = runtime;
    }

    /** Awards Phase 1 to an adopted SBIR application and starts the project's lifecycle. */
    @Transactional
    public SbirProject award(Actor pm, ApplicationId applicationId, ThemeId themeId, Long budgetYen,
            Instant plannedEnd, List<Milestone> milestones) {
        SbirProject project = projects.award(pm, applicationId, themeId, budgetYen, plannedEnd, milestones);
        runtime.startProcessInstanceByKey(SbirProjectLifecycleProcess.KEY, businessKey(project.getId()),
                CamundaBpmData.builder()
                        .set(PROJECT_ID, project.getId().value())
                        .set(APPLICATION_ID, project.getApplicationId().value())
                        .build());
        return projects.require(project.getId());
    }

    /**
     * The awardee's final report of the current phase. Accepted only while the lifecycle waits for it
     * (409 during a gate review); someone not on the project gets not found.
     */
    @Transactional
    public SbirProject submitReport(ProjectId id, UserId user, Actor actor, String technicalResults,
            String businessResults, Long spentYen) {
        projects.submitReport(id, user, actor, technicalResults, businessResults, spentYen);
        if (!awaitsReport(id)) {
            throw new ConflictingStateException("report-not-expected",
                    "project " + id + " is not waiting for a final report now");
        }
        runtime.createMessageCorrelation(SbirProjectLifecycleProcess.Messages.PHASE_REPORT_SUBMITTED)
                .processInstanceBusinessKey(businessKey(id))
                .correlate();
        return projects.require(id);
    }

    /** Whether the project's lifecycle waits for the awardee's final report now (not during a gate review). */
    @Transactional(readOnly = true)
    public boolean awaitsReport(ProjectId id) {
        return runtime.createExecutionQuery()
                .processDefinitionKey(SbirProjectLifecycleProcess.KEY)
                .processInstanceBusinessKey(businessKey(id))
                .activityId(SbirProjectLifecycleProcess.Elements.RECEIVE_TASK_AWAIT_PHASE_REPORT)
                .count() > 0;
    }

    /** A PM requests hands-on support; the lifecycle raises a PM task to arrange it. */
    @Transactional
    public SupportRequest requestSupport(ProjectId id, Actor pm, SupportKind kind, String note) {
        SupportRequest request = projects.requestSupport(id, pm, kind, note);
        runtime.createMessageCorrelation(SbirProjectLifecycleProcess.Messages.SUPPORT_REQUESTED)
                .processInstanceBusinessKey(businessKey(id))
                .correlate();
        return request;
    }

    static String businessKey(ProjectId id) {
        return Long.toString(id.value());
    }
}
