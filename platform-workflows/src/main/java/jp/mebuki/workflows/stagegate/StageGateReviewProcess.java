package jp.mebuki.workflows.stagegate;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.doubleVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.mapVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.List;
import java.util.Map;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The contract between {@code bpmn/stage-gate-review.bpmn} and the code: key, element ids and typed
 * variables. In: {@link #SUBJECT_TYPE}, {@link #SUBJECT_ID}, {@link #APPLICATION_ID}, {@link #GATE},
 * {@link #CRITERIA_SET}, {@link #REVIEWER_COUNT}, {@link #REWORKS_LEFT}, {@link #SKIP_ALLOWED}. Out:
 * {@link #GATE_REVIEW_ID}, {@link #GATE_DECISION}.
 */
public final class StageGateReviewProcess {

    public static final String KEY = "StageGateReview";
    public static final String RESOURCE = "bpmn/stage-gate-review.bpmn";
    public static final String DECISION_KEY = "StageGateDecision";
    public static final String DECISION_RESOURCE = "bpmn/stage-gate-decision.dmn";

    /** Element ids of the model. */
    public static final class Elements {
        public static final String START_EVENT_GATE_REVIEW_REQUESTED = "StartEventGateReviewRequested";
        public static final String SERVICE_TASK_OPEN_GATE_REVIEW = "ServiceTaskOpenGateReview";
        public static final String SUB_PROCESS_GATE_REVIEW_SLOT = "SubProcessGateReviewSlot";
        public static final String START_EVENT_GATE_SLOT = "StartEventGateSlot";
        public static final String USER_TASK_REVIEW_GATE = "UserTaskReviewGate";
        public static final String GATEWAY_GATE_CONFLICT = "GatewayGateConflict";
        public static final String END_EVENT_GATE_SLOT_REVIEWED = "EndEventGateSlotReviewed";
        public static final String SERVICE_TASK_REASSIGN_GATE_REVIEWER = "ServiceTaskReassignGateReviewer";
        public static final String GATEWAY_GATE_REVIEWER_FOUND = "GatewayGateReviewerFound";
        public static final String END_EVENT_GATE_SLOT_UNFILLED = "EndEventGateSlotUnfilled";
        public static final String SERVICE_TASK_SUMMARIZE_GATE_SCORES = "ServiceTaskSummarizeGateScores";
        public static final String BUSINESS_RULE_TASK_PROPOSE_GATE_DECISION = "BusinessRuleTaskProposeGateDecision";
        public static final String SERVICE_TASK_RECORD_GATE_PROPOSAL = "ServiceTaskRecordGateProposal";
        public static final String USER_TASK_CONFIRM_GATE_DECISION = "UserTaskConfirmGateDecision";
        public static final String END_EVENT_GATE_DECIDED = "EndEventGateDecided";

        private Elements() {
        }
    }

    public static final VariableFactory<String> SUBJECT_TYPE = stringVariable("subjectType");
    public static final VariableFactory<Long> SUBJECT_ID = longVariable("subjectId");
    /** The application the subject grew from; lets the task inbox show what a gate task is about. */
    public static final VariableFactory<Long> APPLICATION_ID = longVariable("applicationId");
    public static final VariableFactory<String> GATE = stringVariable("gate");
    public static final VariableFactory<String> CRITERIA_SET = stringVariable("criteriaSet");
    public static final VariableFactory<Integer> REVIEWER_COUNT = intVariable("reviewerCount");
    public static final VariableFactory<Integer> REWORKS_LEFT = intVariable("reworksLeft");
    public static final VariableFactory<Boolean> SKIP_ALLOWED = booleanVariable("skipAllowed");

    public static final VariableFactory<Long> GATE_REVIEW_ID = longVariable("gateReviewId");
    public static final VariableFactory<List<Long>> GATE_ASSIGNMENT_IDS = listVariable("gateAssignmentIds", Long.class);
    /** The multi-instance element variable: the gate assignment a slot currently stands for. */
    public static final VariableFactory<Long> GATE_ASSIGNMENT_ID = longVariable("gateAssignmentId");
    /** Mean scores; {@code null} when no reviewer scored. */
    public static final VariableFactory<Double> TECHNICAL_SCORE = doubleVariable("technicalScore");
    public static final VariableFactory<Double> BUSINESS_SCORE = doubleVariable("businessScore");
    /** The decision table's single result: {@code proposedDecision} and {@code skipToPhase3}. */
    public static final VariableFactory<Map<String, Object>> GATE_PROPOSAL =
            mapVariable("gateProposal", String.class, Object.class);
    /** Set when the PM confirms: a {@code GateDecision} name. */
    public static final VariableFactory<String> GATE_DECISION = stringVariable("gateDecision");

    private StageGateReviewProcess() {
    }
}
