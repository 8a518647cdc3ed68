package jp.mebuki.workflows.sbir;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The contract between {@code bpmn/sbir-project-lifecycle.bpmn} and the code: key, element ids,
 * message names and typed variables. Business key = the project id.
 */
public final class SbirProjectLifecycleProcess {

    public static final String KEY = "SbirProjectLifecycle";
    public static final String RESOURCE = "bpmn/sbir-project-lifecycle.bpmn";

    /** Element ids of the model. */
    public static final class Elements {
        public static final String START_EVENT_PROJECT_AWARDED = "StartEventProjectAwarded";
        public static final String GATEWAY_PHASE_REPORT = "GatewayPhaseReport";
        public static final String SERVICE_TASK_SCHEDULE_REPORT = "ServiceTaskScheduleReport";
        public static final String RECEIVE_TASK_AWAIT_PHASE_REPORT = "ReceiveTaskAwaitPhaseReport";
        public static final String BOUNDARY_EVENT_REPORT_REMINDER = "BoundaryEventReportReminder";
        public static final String SERVICE_TASK_SEND_REPORT_REMINDER = "ServiceTaskSendReportReminder";
        public static final String END_EVENT_REPORT_REMINDER_SENT = "EndEventReportReminderSent";
        public static final String BOUNDARY_EVENT_PHASE_OVERRUN = "BoundaryEventPhaseOverrun";
        public static final String SERVICE_TASK_RECORD_REPORT_OVERDUE = "ServiceTaskRecordReportOverdue";
        public static final String USER_TASK_FOLLOW_UP_PHASE_OVERRUN = "UserTaskFollowUpPhaseOverrun";
        public static final String END_EVENT_PHASE_OVERRUN_FOLLOWED_UP = "EndEventPhaseOverrunFollowedUp";
        public static final String GATEWAY_PHASE_ENDS_IN_GATE = "GatewayPhaseEndsInGate";
        public static final String CALL_ACTIVITY_STAGE_GATE_REVIEW = "CallActivityStageGateReview";
        public static final String SERVICE_TASK_APPLY_GATE_DECISION = "ServiceTaskApplyGateDecision";
        public static final String GATEWAY_GATE_DECISION = "GatewayGateDecision";
        public static final String END_EVENT_PROJECT_CLOSED = "EndEventProjectClosed";
        public static final String SERVICE_TASK_ENTER_COMMERCIALIZATION = "ServiceTaskEnterCommercialization";
        public static final String USER_TASK_RECORD_COMMERCIALIZATION_OUTCOMES = "UserTaskRecordCommercializationOutcomes";
        public static final String END_EVENT_PROJECT_COMMERCIALIZED = "EndEventProjectCommercialized";
        public static final String SUB_PROCESS_HANDS_ON_SUPPORT = "SubProcessHandsOnSupport";
        public static final String START_EVENT_SUPPORT_REQUESTED = "StartEventSupportRequested";
        public static final String USER_TASK_ARRANGE_SUPPORT = "UserTaskArrangeSupport";
        public static final String END_EVENT_SUPPORT_ARRANGED = "EndEventSupportArranged";

        private Elements() {
        }
    }

    /** Message names (not ids). */
    public static final class Messages {
        public static final String PHASE_REPORT_SUBMITTED = "SbirPhaseReportSubmitted";
        public static final String SUPPORT_REQUESTED = "SbirSupportRequested";

        private Messages() {
        }
    }

    public static final VariableFactory<Long> PROJECT_ID = longVariable("projectId");
    public static final VariableFactory<Long> APPLICATION_ID = longVariable("applicationId");
    /** The current phase, an {@code SbirPhase} name; the gate's name in the stage-gate review. */
    public static final VariableFactory<String> PHASE = stringVariable("phase");
    public static final VariableFactory<Boolean> PHASE_ENDS_IN_GATE = booleanVariable("phaseEndsInGate");
    public static final VariableFactory<Date> REPORT_DUE_AT = dateVariable("reportDueAt");
    public static final VariableFactory<Date> REPORT_REMINDER_AT = dateVariable("reportReminderAt");
    public static final VariableFactory<Integer> REWORKS_LEFT = intVariable("reworksLeft");
    public static final VariableFactory<Boolean> SKIP_ALLOWED = booleanVariable("skipAllowed");
    public static final VariableFactory<Integer> GATE_REVIEWERS = intVariable("gateReviewers");
    /** Out of the stage-gate review. */
    public static final VariableFactory<Long> GATE_REVIEW_ID = longVariable("gateReviewId");
    public static final VariableFactory<String> GATE_DECISION = stringVariable("gateDecision");

    private SbirProjectLifecycleProcess() {
    }
}
