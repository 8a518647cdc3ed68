package jp.mebuki.workflows.screening;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.doubleVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The contract between {@code bpmn/gap-fund-screening.bpmn} and the code: the process key, every
 * element id, the message names and the typed process variables. Delegates and tests use these
 * constants instead of string literals, and {@code GapFundScreeningModelTest} checks that every id
 * named here exists in the model, so a rename in the Modeler fails the build rather than production.
 */
public final class GapFundScreeningProcess {

    public static final String KEY = "GapFundScreening";
    public static final String RESOURCE = "bpmn/gap-fund-screening.bpmn";
    public static final String ELIGIBILITY_DECISION_KEY = "GapFundEligibility";

    /** A screening's business key: the application's id ({@link ScreeningProcessService} starts every screening so). */
    public static String businessKeyOf(long applicationId) {
        return Long.toString(applicationId);
    }

    /** The application id a screening's business key names; {@code null} for a key of another form. */
    public static Long applicationIdOf(String businessKey) {
        if (businessKey == null || businessKey.isEmpty() || !businessKey.chars().allMatch(Character::isDigit)
                || businessKey.length() > 18) {
            return null;
        }
        return Long.valueOf(businessKey);
    }

    /** Element ids of the model. */
    public static final class Elements {
        public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEventApplicationSubmitted";
        /** Async before: the applicant's submission commits before eligibility runs (in a job). */
        public static final String SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS = "ServiceTaskCollectEligibilityFacts";
        public static final String BUSINESS_RULE_TASK_CHECK_ELIGIBILITY = "BusinessRuleTaskCheckEligibility";
        public static final String GATEWAY_ELIGIBLE = "GatewayEligible";
        public static final String SERVICE_TASK_REJECT_INELIGIBLE = "ServiceTaskRejectIneligible";
        public static final String END_EVENT_INELIGIBLE = "EndEventIneligible";
        public static final String SERVICE_TASK_ASSIGN_REVIEWERS = "ServiceTaskAssignReviewers";
        public static final String SUB_PROCESS_REVIEW_SLOT = "SubProcessReviewSlot";
        public static final String START_EVENT_REVIEW_SLOT = "StartEventReviewSlot";
        public static final String SUB_PROCESS_REVIEW = "SubProcessReview";
        public static final String START_EVENT_REVIEW = "StartEventReview";
        public static final String USER_TASK_DECLARE_CONFLICT = "UserTaskDeclareConflict";
        public static final String GATEWAY_CONFLICT_DECLARED = "GatewayConflictDeclared";
        public static final String END_EVENT_CONFLICT_DECLARED = "EndEventConflictDeclared";
        public static final String USER_TASK_SCORE_APPLICATION = "UserTaskScoreApplication";
        public static final String END_EVENT_REVIEW_SUBMITTED = "EndEventReviewSubmitted";
        public static final String BOUNDARY_EVENT_REVIEW_REMINDER = "BoundaryEventReviewReminder";
        public static final String SERVICE_TASK_SEND_REVIEW_REMINDER = "ServiceTaskSendReviewReminder";
        public static final String END_EVENT_REMINDER_SENT = "EndEventReminderSent";
        public static final String BOUNDARY_EVENT_REVIEW_OVERDUE = "BoundaryEventReviewOverdue";
        public static final String SERVICE_TASK_REASSIGN_OVERDUE_REVIEW = "ServiceTaskReassignOverdueReview";
        public static final String GATEWAY_CONFLICT_OUTCOME = "GatewayConflictOutcome";
        public static final String SERVICE_TASK_REASSIGN_AFTER_CONFLICT = "ServiceTaskReassignAfterConflict";
        public static final String END_EVENT_SLOT_REVIEWED = "EndEventSlotReviewed";
        public static final String GATEWAY_REVIEWER_FOUND = "GatewayReviewerFound";
        public static final String END_EVENT_SLOT_UNFILLED = "EndEventSlotUnfilled";
        public static final String SERVICE_TASK_COMPUTE_SCORES = "ServiceTaskComputeScores";
        public static final String USER_TASK_DECIDE = "UserTaskDecide";
        public static final String GATEWAY_DECISION_OUTCOME = "GatewayDecisionOutcome";
        public static final String SERVICE_TASK_NOTIFY_ADOPTION = "ServiceTaskNotifyAdoption";
        /** Hands-on support: the adopted team's mentor assignment ({@code MentorAssignment}), async before. */
        public static final String CALL_ACTIVITY_MENTOR_ASSIGNMENT = "CallActivityMentorAssignment";
        public static final String END_EVENT_ADOPTED = "EndEventAdopted";
        public static final String SERVICE_TASK_NOTIFY_REJECTION = "ServiceTaskNotifyRejection";
        public static final String END_EVENT_REJECTED = "EndEventRejected";
        public static final String SERVICE_TASK_REQUEST_REVISION = "ServiceTaskRequestRevision";
        public static final String RECEIVE_TASK_AWAIT_RESUBMISSION = "ReceiveTaskAwaitResubmission";
        public static final String SUB_PROCESS_WITHDRAWAL = "SubProcessWithdrawal";
        public static final String START_EVENT_APPLICATION_WITHDRAWN = "StartEventApplicationWithdrawn";
        public static final String SERVICE_TASK_RECORD_WITHDRAWAL = "ServiceTaskRecordWithdrawal";
        public static final String END_EVENT_WITHDRAWN = "EndEventWithdrawn";

        private Elements() {
        }
    }

    /** Message names (not ids) that the process waits for. */
    public static final class Messages {
        public static final String APPLICATION_RESUBMITTED = "GapFundApplicationResubmitted";
        public static final String APPLICATION_WITHDRAWN = "GapFundApplicationWithdrawn";

        private Messages() {
        }
    }

    /** The candidate group of the decision task; equals the name of {@code Role.PM}. */
    public static final String PM_GROUP = "PM";

    // ---------------------------------------------------------------- typed variables

    public static final VariableFactory<Long> APPLICATION_ID = longVariable("applicationId");
    public static final VariableFactory<Long> CALL_ID = longVariable("callId");

    public static final VariableFactory<Boolean> INSTITUTION_PARTICIPATES = booleanVariable("institutionParticipates");
    public static final VariableFactory<Boolean> WITHIN_CALL_WINDOW = booleanVariable("withinCallWindow");
    public static final VariableFactory<Boolean> AMOUNT_WITHIN_CAP = booleanVariable("amountWithinCap");
    public static final VariableFactory<Boolean> REQUIRED_FIELDS_PRESENT = booleanVariable("requiredFieldsPresent");
    /** Written by the DMN result mapping (collectEntries); empty means eligible. */
    public static final VariableFactory<List<String>> INELIGIBILITY_REASONS =
            listVariable("ineligibilityReasons", String.class);

    public static final VariableFactory<List<Long>> REVIEW_ASSIGNMENT_IDS = listVariable("reviewAssignmentIds", Long.class);
    /** The multi-instance element variable: the review assignment a slot currently stands for. */
    public static final VariableFactory<Long> REVIEW_ASSIGNMENT_ID = longVariable("reviewAssignmentId");

    public static final VariableFactory<Double> WEIGHTED_MEAN_SCORE = doubleVariable("weightedMeanScore");
    public static final VariableFactory<Double> SCORE_SPREAD = doubleVariable("scoreSpread");
    public static final VariableFactory<Integer> REVIEW_COUNT = intVariable("reviewCount");

    /** Set when the decision task is completed: a {@code DecisionOutcome} name. */
    public static final VariableFactory<String> DECISION_OUTCOME = stringVariable("decisionOutcome");

    private GapFundScreeningProcess() {
    }
}
