package jp.mebuki.workflows.task;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.mebuki.workflows.mentoring.MentorAssignmentProcess;
import jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/**
 * What the platform needs from a user task of a dedicated {@link TaskKind} to show and complete it: the
 * form key its page answers to and the process variables {@link WorkTaskService} reads. The deployment
 * guard refuses a model whose known user task lacks any of them.
 *
 * @param formKey           the {@code camunda:formKey} the task must carry
 * @param requiredVariables variables that must be in scope when the task is created
 */
public record TaskContract(String formKey, Set<String> requiredVariables) {

    private static final Map<TaskKind, TaskContract> CONTRACTS = contracts();

    /** The contract of a dedicated kind; empty for {@link TaskKind#GENERIC}, whose form comes from the model. */
    public static Optional<TaskContract> of(TaskKind kind) {
        return Optional.ofNullable(CONTRACTS.get(kind));
    }

    private static Map<TaskKind, TaskContract> contracts() {
        String application = GapFundScreeningProcess.APPLICATION_ID.getName();
        String assignment = GapFundScreeningProcess.REVIEW_ASSIGNMENT_ID.getName();
        String gateReview = StageGateReviewProcess.GATE_REVIEW_ID.getName();
        String gateSubject = StageGateReviewProcess.SUBJECT_ID.getName();
        String gateAssignment = StageGateReviewProcess.GATE_ASSIGNMENT_ID.getName();
        String project = SbirProjectLifecycleProcess.PROJECT_ID.getName();
        Set<String> mentoring = Set.of(MentorAssignmentProcess.MENTORING_MATCH_ID.getName(),
                MentorAssignmentProcess.MENTEE_KIND.getName(), MentorAssignmentProcess.MENTEE_ID.getName());

        Map<TaskKind, TaskContract> contracts = new EnumMap<>(TaskKind.class);
        contracts.put(TaskKind.DECLARE_CONFLICT, new TaskContract("mebuki:declare-conflict", Set.of(application, assignment)));
        contracts.put(TaskKind.SCORE_APPLICATION, new TaskContract("mebuki:score-application", Set.of(application, assignment)));
        contracts.put(TaskKind.DECIDE, new TaskContract("mebuki:decide", Set.of(application)));
        contracts.put(TaskKind.REVIEW_GATE,
                new TaskContract("mebuki:review-gate", Set.of(application, gateReview, gateSubject, gateAssignment)));
        contracts.put(TaskKind.CONFIRM_GATE_DECISION,
                new TaskContract("mebuki:confirm-gate-decision", Set.of(application, gateReview, gateSubject)));
        contracts.put(TaskKind.FOLLOW_UP_PHASE_OVERRUN, new TaskContract("mebuki:follow-up-overrun", Set.of(application, project)));
        contracts.put(TaskKind.RECORD_COMMERCIALIZATION_OUTCOMES,
                new TaskContract("mebuki:record-outcomes", Set.of(application, project)));
        contracts.put(TaskKind.ARRANGE_SUPPORT, new TaskContract("mebuki:arrange-support", Set.of(application, project)));
        contracts.put(TaskKind.CONFIRM_MENTOR_PROPOSAL, new TaskContract("mebuki:confirm-mentor-proposal", mentoring));
        contracts.put(TaskKind.ASSIGN_MENTOR, new TaskContract("mebuki:assign-mentor", mentoring));
        contracts.put(TaskKind.RESPOND_TO_MENTORING_OFFER, new TaskContract("mebuki:respond-to-mentoring-offer", mentoring));
        contracts.put(TaskKind.LOG_CHECK_IN, new TaskContract("mebuki:log-check-in", mentoring));
        contracts.put(TaskKind.EVALUATE_AS_MENTOR, new TaskContract("mebuki:evaluate-mentoring", mentoring));
        contracts.put(TaskKind.EVALUATE_AS_MENTEE, new TaskContract("mebuki:evaluate-mentoring", mentoring));
        return Map.copyOf(contracts);
    }
}
