package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.GATE_REVIEW_ID;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PROJECT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.stagegate.GateReviewId;
import jp.mebuki.core.stagegate.StageGateService;

/** {@code ServiceTaskApplyGateDecision}: the confirmed gate decision moves the project on, back, or closes it. */
@Component("applyGateDecision")
class ApplyGateDecisionDelegate implements JavaDelegate {

    private final SbirProjectService projects;
    private final StageGateService gates;

    ApplyGateDecisionDelegate(SbirProjectService projects, StageGateService gates) {
        this.projects = projects;
        this.gates = gates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.applyGate(new ProjectId(PROJECT_ID.from(execution).get()),
                gates.require(new GateReviewId(GATE_REVIEW_ID.from(execution).get())));
    }
}
