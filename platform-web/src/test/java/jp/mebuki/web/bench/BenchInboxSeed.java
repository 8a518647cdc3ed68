package jp.mebuki.web.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The inbox bench's seed model calls this (as {@code ${benchInboxSeed.prepare(execution)}}) in each instance of its
 * multi-instance slot: the slot's review assignment and application, as local variables the platform's task
 * listeners read. Public because the expression language calls only public types.
 */
public class BenchInboxSeed {

    public void prepare(DelegateExecution slot) {
        long counter = ((Number) slot.getVariable("loopCounter")).longValue();
        long reviewer = ((Number) slot.getVariable("reviewerIndex")).longValue();
        slot.setVariableLocal("reviewAssignmentId", ((Number) slot.getVariable("firstAssignmentId")).longValue() + counter);
        slot.setVariableLocal("applicationId", ((Number) slot.getVariable("firstApplicationId")).longValue()
                + InboxLoadBench.applicationIndex((int) reviewer, (int) counter));
    }
}
