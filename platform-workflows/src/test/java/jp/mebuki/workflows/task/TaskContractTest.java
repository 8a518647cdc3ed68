package jp.mebuki.workflows.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Every task kind with a page of its own tells the deployment guard what it needs; generic tasks need no contract. */
class TaskContractTest {

    @Test
    void everyDedicatedKindHasAContractWithAFormKeyAndVariables() {
        assertThat(Arrays.stream(TaskKind.values()).filter(k -> k != TaskKind.GENERIC)).allSatisfy(kind -> {
            assertThat(TaskContract.of(kind)).as(kind.name()).isPresent();
            assertThat(TaskContract.of(kind).get().formKey()).startsWith("mebuki:");
            assertThat(TaskContract.of(kind).get().requiredVariables()).isNotEmpty();
        });
        assertThat(TaskContract.of(TaskKind.GENERIC)).isEmpty();
    }

    @Test
    void findsTheKindOfAModelsUserTaskAndNoneForAnyOther() {
        assertThat(TaskKind.ofUserTask("UserTaskDecide")).contains(TaskKind.DECIDE);
        assertThat(TaskKind.ofUserTask("UserTaskCheckBudgetPlausibility")).isEmpty();
        assertThat(TaskKind.ofUserTask(null)).isEmpty();
    }
}
