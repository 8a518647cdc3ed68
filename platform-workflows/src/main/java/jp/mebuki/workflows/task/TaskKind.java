package jp.mebuki.workflows.task;

import java.util.Arrays;

import jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements;

/** What a work task asks for; derived from the user task's id in the model. */
public enum TaskKind {
    DECLARE_CONFLICT(Elements.USER_TASK_DECLARE_CONFLICT),
    SCORE_APPLICATION(Elements.USER_TASK_SCORE_APPLICATION),
    DECIDE(Elements.USER_TASK_DECIDE);

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
