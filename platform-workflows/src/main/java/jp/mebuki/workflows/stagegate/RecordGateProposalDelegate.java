package jp.mebuki.workflows.stagegate;

import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE_PROPOSAL;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE_REVIEW_ID;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReviewId;
import jp.mebuki.core.stagegate.StageGateService;

/** {@code ServiceTaskRecordGateProposal}: stores the decision table's proposal on the gate review. */
@Component("recordGateProposal")
class RecordGateProposalDelegate implements JavaDelegate {

    private final StageGateService gates;

    RecordGateProposalDelegate(StageGateService gates) {
        this.gates = gates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> proposal = GATE_PROPOSAL.from(execution).get();
        gates.recordProposal(new GateReviewId(GATE_REVIEW_ID.from(execution).get()),
                GateDecision.valueOf((String) proposal.get("proposedDecision")),
                Boolean.TRUE.equals(proposal.get("skipToPhase3")));
    }
}
