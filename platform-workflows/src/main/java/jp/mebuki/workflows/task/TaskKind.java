package jp.mebuki.workflows.task;

import java.util.Arrays;
import java.util.Optional;

import jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess;
import jp.mebuki.workflows.mentoring.MentorAssignmentProcess;
import jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/** What a work task asks for; derived from the user task's id in the model. */
public enum TaskKind {
    /**
     * A user task with no dedicated page, added in the Modeler with Camunda form fields: the inbox renders
     * and validates its form from those fields ({@link WorkTaskService#formOf}).
     */
    GENERIC(null),
    DECLARE_CONFLICT(Elements.USER_TASK_DECLARE_CONFLICT),
    SCORE_APPLICATION(Elements.USER_TASK_SCORE_APPLICATION),
    DECIDE(Elements.USER_TASK_DECIDE),
    // stage-gate review
    REVIEW_GATE(StageGateReviewProcess.Elements.USER_TASK_REVIEW_GATE),
    CONFIRM_GATE_DECISION(StageGateReviewProcess.Elements.USER_TASK_CONFIRM_GATE_DECISION),
    // SBIR lifecycle
    FOLLOW_UP_PHASE_OVERRUN(SbirProjectLifecycleProcess.Elements.USER_TASK_FOLLOW_UP_PHASE_OVERRUN),
    RECORD_COMMERCIALIZATION_OUTCOMES(SbirProjectLifecycleProcess.Elements.USER_TASK_RECORD_COMMERCIALIZATION_OUTCOMES),
    ARRANGE_SUPPORT(SbirProjectLifecycleProcess.Elements.USER_TASK_ARRANGE_SUPPORT),
    // mentoring (bpmn/mentor-assignment.bpmn)
    CONFIRM_MENTOR_PROPOSAL(MentorAssignmentProcess.Elements.USER_TASK_CONFIRM_PROPOSAL),
    ASSIGN_MENTOR(MentorAssignmentProcess.Elements.USER_TASK_ASSIGN_MENTOR_MANUALLY),
    RESPOND_TO_MENTORING_OFFER(MentorAssignmentProcess.Elements.USER_TASK_RESPOND_TO_OFFER),
    LOG_CHECK_IN(MentorAssignmentProcess.Elements.USER_TASK_LOG_CHECK_IN),
    EVALUATE_AS_MENTOR(MentorAssignmentProcess.Elements.USER_TASK_MENTOR_EVALUATION),
    EVALUATE_AS_MENTEE(MentorAssignmentProcess.Elements.USER_TASK_MENTEE_EVALUATION);

    private final String taskDefinitionKey;

    TaskKind(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    /** The dedicated kind of a user task id of the models; empty for any other user task. */
    public static Optional<TaskKind> ofUserTask(String userTaskId) {
        return Arrays.stream(values()).filter(k -> k.taskDefinitionKey != null && k.taskDefinitionKey.equals(userTaskId))
                .findFirst();
    }

    /** Whether the task belongs to the mentor-assignment process (its subject is a mentoring match). */
    public boolean isMentoring() {
        return ordinal() >= CONFIRM_MENTOR_PROPOSAL.ordinal();
    }

    /** The id of the model's user task of this kind; {@code null} for {@link #GENERIC}. */
    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }
}
