package jp.mebuki.workflows.stagegate;

import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.CRITERIA_SET;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE_ASSIGNMENT_IDS;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE_REVIEW_ID;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.REVIEWER_COUNT;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.SUBJECT_ID;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.SUBJECT_TYPE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.stagegate.GateAssignmentId;
import jp.mebuki.core.stagegate.GateCriteriaSet;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.stagegate.StageGateService.OpenedGateReview;

/** {@code ServiceTaskOpenGateReview}: opens the review from the in-parameters and fills its slots. */
@Component("openGateReview")
class OpenGateReviewDelegate implements JavaDelegate {

    private final StageGateService gates;

    OpenGateReviewDelegate(StageGateService gates) {
        this.gates = gates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpenedGateReview opened = gates.open(SUBJECT_TYPE.from(execution).get(), SUBJECT_ID.from(execution).get(),
                GATE.from(execution).get(), GateCriteriaSet.valueOf(CRITERIA_SET.from(execution).get()),
                REVIEWER_COUNT.from(execution).getOrDefault(3));
        GATE_REVIEW_ID.on(execution).set(opened.id().value());
        List<Long> ids = opened.assignmentIds().stream().map(GateAssignmentId::value).toList();
        GATE_ASSIGNMENT_IDS.on(execution).set(ids);
    }
}
