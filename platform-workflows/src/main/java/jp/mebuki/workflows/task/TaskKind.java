package jp.mebuki.workflows.task;

import java.util.Arrays;

import jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess;
import jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/** What a work task asks for; derived from the user task's id in the model. */
public enum TaskKind {
    DECLARE_CONFLICT(Elements.USER_TASK_DECLARE_CONFLICT),
    SCORE_APPLICATION(Elements.USER_TASK_SCORE_APPLICATION),
    DECIDE(Elements.USER_TASK_DECIDE),
    // stage-gate review
    REVIEW_GATE(StageGateReviewProcess.Elements.USER_TASK_REVIEW_GATE),
    CONFIRM_GATE_DECISION(StageGateReviewProcess.Elements.USER_TASK_CONFIRM_GATE_DECISION),
    // SBIR lifecycle
    FOLLOW_UP_PHASE_OVERRUN(SbirProjectLifecycleProcess.Elements.USER_TASK_FOLLOW_UP_PHASE_OVERRUN),
    RECORD_COMMERCIALIZATION_OUTCOMES(SbirProjectLifecycleProcess.Elements.USER_TASK_RECORD_COMMERCIALIZATION_OUTCOMES),
    ARRANGE_SUPPORT(SbirProjectLifecycleProcess.Elements.USER_TASK_ARRANGE_SUPPORT);

    private final String taskDefinitionKey;

    TaskKind(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    static TaskKind ofTaskDefinitionKey(String key) {
        return Arrays.stream(values()).filter(k -> k.taskDefinitionKey.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no task kind for user task " + key));
    }

    String taskDefinitionKey() {
        return taskDefinitionKey;
    }
}
