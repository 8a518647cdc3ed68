package jp.mebuki.workflows.stagegate;

import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE_ASSIGNMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.stagegate.GateAssignmentId;
import jp.mebuki.core.stagegate.StageGateService;

/**
 * {@code ServiceTaskReassignGateReviewer}: after a declared conflict, the slot passes to the next
 * eligible reviewer; only this slot's element variable changes, so sibling slots keep theirs.
 */
@Component("reassignGateReviewer")
class ReassignGateReviewerDelegate implements JavaDelegate {

    private final StageGateService gates;

    ReassignGateReviewerDelegate(StageGateService gates) {
        this.gates = gates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GateAssignmentId current = new GateAssignmentId(GATE_ASSIGNMENT_ID.from(execution).get());
        gates.reassign(current).ifPresent(next -> GATE_ASSIGNMENT_ID.on(execution).set(next.value()));
    }
}
