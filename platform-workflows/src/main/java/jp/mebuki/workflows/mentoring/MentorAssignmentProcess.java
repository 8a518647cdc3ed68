package jp.mebuki.workflows.mentoring;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The contract between {@code bpmn/mentor-assignment.bpmn} and the code: process key, element ids,
 * typed variables and the default schedule. {@code MentorAssignmentModelTest} checks every id exists.
 */
public final class MentorAssignmentProcess {

    public static final String KEY = "MentorAssignment";
    public static final String RESOURCE = "bpmn/mentor-assignment.bpmn";

    /** Element ids of the model. */
    public static final class Elements {
        public static final String START_EVENT_MENTORING_REQUESTED = "StartEventMentoringRequested";
        public static final String SERVICE_TASK_PROPOSE_MENTOR = "ServiceTaskProposeMentor";
        public static final String GATEWAY_MENTOR_PROPOSED = "GatewayMentorProposed";
        public static final String USER_TASK_CONFIRM_PROPOSAL = "UserTaskConfirmProposal";
        public static final String USER_TASK_ASSIGN_MENTOR_MANUALLY = "UserTaskAssignMentorManually";
        public static final String GATEWAY_MENTOR_CHOSEN = "GatewayMentorChosen";
        public static final String END_EVENT_CLOSED_UNMATCHED = "EndEventClosedUnmatched";
        public static final String USER_TASK_RESPOND_TO_OFFER = "UserTaskRespondToOffer";
        public static final String BOUNDARY_EVENT_RESPONSE_OVERDUE = "BoundaryEventResponseOverdue";
        public static final String SERVICE_TASK_EXPIRE_OFFER = "ServiceTaskExpireOffer";
        public static final String SERVICE_TASK_OFFER_NEXT_MENTOR = "ServiceTaskOfferNextMentor";
        public static final String GATEWAY_NEXT_MENTOR_FOUND = "GatewayNextMentorFound";
        public static final String GATEWAY_OFFER_ACCEPTED = "GatewayOfferAccepted";
        public static final String SERVICE_TASK_KICK_OFF_MENTORING = "ServiceTaskKickOffMentoring";
        public static final String SUB_PROCESS_MENTORING_PERIOD = "SubProcessMentoringPeriod";
        public static final String START_EVENT_MENTORING_PERIOD = "StartEventMentoringPeriod";
        public static final String TIMER_MENTORING_PERIOD_OVER = "TimerMentoringPeriodOver";
        public static final String END_EVENT_MENTORING_PERIOD = "EndEventMentoringPeriod";
        public static final String SUB_PROCESS_CHECK_IN = "SubProcessCheckIn";
        public static final String START_EVENT_CHECK_IN_DUE = "StartEventCheckInDue";
        public static final String USER_TASK_LOG_CHECK_IN = "UserTaskLogCheckIn";
        public static final String BOUNDARY_EVENT_CHECK_IN_MISSED = "BoundaryEventCheckInMissed";
        public static final String END_EVENT_CHECK_IN_LOGGED = "EndEventCheckInLogged";
        public static final String SERVICE_TASK_ESCALATE_MISSED_CHECK_IN = "ServiceTaskEscalateMissedCheckIn";
        public static final String END_EVENT_CHECK_IN_ESCALATED = "EndEventCheckInEscalated";
        public static final String GATEWAY_SPLIT_EVALUATIONS = "GatewaySplitEvaluations";
        public static final String USER_TASK_MENTOR_EVALUATION = "UserTaskMentorEvaluation";
        public static final String USER_TASK_MENTEE_EVALUATION = "UserTaskMenteeEvaluation";
        public static final String GATEWAY_JOIN_EVALUATIONS = "GatewayJoinEvaluations";
        public static final String SERVICE_TASK_COMPLETE_MENTORING = "ServiceTaskCompleteMentoring";
        public static final String END_EVENT_MENTORING_COMPLETED = "EndEventMentoringCompleted";

        private Elements() {
        }
    }

    /** The candidate group of the PM's tasks; equals the name of {@code Role.PM}. */
    public static final String PM_GROUP = "PM";

    // ---------------------------------------------------------------- default schedule

    /** How long a mentor has to answer an offer (ISO-8601). */
    public static final String RESPONSE_WINDOW = "P7D";
    /** Three check-ins, every 30 days from kickoff. */
    public static final String CHECK_IN_CYCLE_DEFAULT = "R3/P30D";
    /** One day after the last check-in falls due, so that the last cycle fires inside the period. */
    public static final String MENTORING_PERIOD_DEFAULT = "P91D";
    /** How long after a check-in falls due the mentor may still log it before it is escalated. */
    public static final String CHECK_IN_GRACE = "P7D";

    // ---------------------------------------------------------------- typed variables: inputs (generic)

    /** A {@code MenteeKind} name. */
    public static final VariableFactory<String> MENTEE_KIND = stringVariable("menteeKind");
    public static final VariableFactory<Long> MENTEE_ID = longVariable("menteeId");
    public static final VariableFactory<String> TITLE = stringVariable("title");
    public static final VariableFactory<String> FIELD_CODE = stringVariable("fieldCode");
    /** A {@code GrowthStage} name. */
    public static final VariableFactory<String> GROWTH_STAGE = stringVariable("growthStage");
    public static final VariableFactory<String> INSTITUTION_CODE = stringVariable("institutionCode");
    /** The team lead, who evaluates the mentoring at the end. */
    public static final VariableFactory<String> MENTEE_USERNAME = stringVariable("menteeUsername");

    // ---------------------------------------------------------------- typed variables: the process's own

    public static final VariableFactory<Long> MENTORING_MATCH_ID = longVariable("mentoringMatchId");
    public static final VariableFactory<Boolean> MENTOR_PROPOSED = booleanVariable("mentorProposed");
    /** The mentor the current offer, the check-ins and the mentor's evaluation are assigned to. */
    public static final VariableFactory<String> MENTOR_USERNAME = stringVariable("mentorUsername");
    public static final VariableFactory<Boolean> MENTOR_CHOSEN = booleanVariable("mentorChosen");
    public static final VariableFactory<Boolean> OFFER_ACCEPTED = booleanVariable("offerAccepted");
    public static final VariableFactory<Boolean> NEXT_MENTOR_FOUND = booleanVariable("nextMentorFound");
    /** ISO-8601 durations and a repeating interval, e.g. {@code P7D} and {@code R3/P30D}. */
    public static final VariableFactory<String> RESPONSE_WINDOW_DURATION = stringVariable("responseWindow");
    public static final VariableFactory<String> CHECK_IN_CYCLE = stringVariable("checkInCycle");
    public static final VariableFactory<String> CHECK_IN_GRACE_DURATION = stringVariable("checkInGrace");
    public static final VariableFactory<String> MENTORING_PERIOD = stringVariable("mentoringPeriod");

    private MentorAssignmentProcess() {
    }
}
