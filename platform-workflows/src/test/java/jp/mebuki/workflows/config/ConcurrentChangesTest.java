package jp.mebuki.workflows.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

class ConcurrentChangesTest {

    @Test
    void recognisesTheEnginesOptimisticLockingEvenWhenWrapped() {
        OptimisticLockingException engine = new OptimisticLockingException("execution was updated by another transaction");

        assertThat(ConcurrentChanges.isConcurrentChange(engine)).isTrue();
        assertThat(ConcurrentChanges.isConcurrentChange(new IllegalStateException("outer", engine))).isTrue();
    }

    @Test
    void recognisesAVersionedAggregateChangedByAnotherTransaction() {
        assertThat(ConcurrentChanges.isConcurrentChange(
                new OptimisticLockingFailureException("application version 3 expected"))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(ConcurrentChanges.isConcurrentChange(new ProcessEngineException("no such process"))).isFalse();
        assertThat(ConcurrentChanges.isConcurrentChange(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(ConcurrentChanges.isConcurrentChange(new IllegalArgumentException())).isFalse();
    }
}
