package jp.mebuki.workflows.task;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.DECISION_OUTCOME;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.decision.DecisionService;
import jp.mebuki.core.mentor.MentoringEvaluation.EvaluationSide;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.sbir.OutcomeInput;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.sbir.SupportRequest;
import jp.mebuki.core.stagegate.GateAssignmentId;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.GateReviewId;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;
import jp.mebuki.core.user.UserId;
import jp.mebuki.workflows.mentoring.MentorAssignmentProcess;

/**
 * The task inbox for the web layer: lists a user's open tasks and completes them. Each completion
 * writes the human decision through the domain service first and completes the engine task in the
 * same transaction, so an invalid input (the domain's {@code InvalidInputException}) leaves both the
 * domain and the task untouched. Exposes no engine types.
 */
@Service
public class WorkTaskService {

    /** The largest page of {@link #openTasksOf(UserAccount, int, int)}. */
    public static final int MAX_PAGE_SIZE = 200;

    private final TaskService tasks;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final StageGateService gates;
    private final SbirProjectService sbirProjects;
    private final MentoringService mentoring;
    private final OpenTaskProjection openTasks;
    private final FormService forms;
    private final AuditLog audit;

    WorkTaskService(TaskService tasks, ReviewService reviews, DecisionService decisions, StageGateService gates,
            SbirProjectService sbirProjects, MentoringService mentoring, OpenTaskProjection openTasks,
            FormService forms, AuditLog audit) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.forms = forms;
        this.audit = audit;
        this.reviews = reviews;
        this.decisions = decisions;
        this.gates = gates;
        this.sbirProjects = sbirProjects;
        this.mentoring = mentoring;
    }

    /**
     * Tasks assigned to the user or offered to one of their roles; overdue and earliest due first (then
     * tasks without a due date, oldest first). All of them: for the pages' short lists; the API pages.
     */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(UserAccount user) {
        return openTasks.visibleTo(user.username(), groupsOf(user), 0, Integer.MAX_VALUE);
    }

    /** One page ({@code page} from 0, {@code size} 1 to {@link #MAX_PAGE_SIZE}) of {@link #openTasksOf(UserAccount)}. */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(UserAccount user, int page, int size) {
        return openTasksOf(user.username(), user.roles(), page, size);
    }

    /** The same page for a signed-in user known by name and roles, without reading the account again. */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(String username, Set<Role> roles, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("out-of-range", "page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("out-of-range", "size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return openTasks.visibleTo(username, groupsOf(roles), Math.multiplyExact(page, size), size);
    }

    /**
     * The user's open tasks of the given dedicated kinds, in inbox order, without reading the rest of the
     * inbox (a mentor's offers, a PM's gate decisions).
     */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(UserAccount user, Set<TaskKind> kinds) {
        return openTasks.visibleTo(user.username(), groupsOf(user), keysOf(kinds), null, 0, Integer.MAX_VALUE);
    }

    /** The user's open task of the kind about the application, if any (the page of that application). */
    @Transactional(readOnly = true)
    public Optional<WorkTask> openTaskOf(UserAccount user, TaskKind kind, ApplicationId applicationId) {
        return openTasks.visibleTo(user.username(), groupsOf(user), keysOf(Set.of(kind)), applicationId.value(), 0, 1)
                .stream().findFirst();
    }

    private static List<String> keysOf(Set<TaskKind> kinds) {
        if (kinds.isEmpty() || kinds.contains(TaskKind.GENERIC)) {
            // generic tasks have no model id of their own; callers filter them from the whole inbox
            throw new IllegalArgumentException("dedicated task kinds expected, got " + kinds);
        }
        return kinds.stream().map(TaskKind::taskDefinitionKey).sorted().toList();
    }

    /** The task, if it is open and visible to the user; otherwise not found (ids of others' tasks reveal nothing). */
    @Transactional(readOnly = true)
    public WorkTask requireOpenTaskOf(String taskId, UserAccount user) {
        return requireTask(taskId, user);
    }

    @Transactional
    public void declareConflict(String taskId, UserAccount user, boolean conflict, String reason) {
        WorkTask task = requireKind(taskId, user, TaskKind.DECLARE_CONFLICT);
        reviews.declareConflict(task.reviewAssignmentId(), user.id(), actor(user), conflict, reason);
        tasks.complete(taskId);
    }

    @Transactional
    public void submitReview(String taskId, UserAccount user, Map<String, Integer> scores, String comment,
            Recommendation recommendation) {
        WorkTask task = requireKind(taskId, user, TaskKind.SCORE_APPLICATION);
        reviews.submitReview(task.reviewAssignmentId(), user.id(), actor(user), scores, comment, recommendation);
        tasks.complete(taskId);
    }

    @Transactional
    public void decide(String taskId, UserAccount user, DecisionOutcome outcome, String reason) {
        WorkTask task = requireKind(taskId, user, TaskKind.DECIDE);
        decisions.decide(task.applicationId(), user.id(), actor(user), outcome, reason);
        // a group task: record who took it, for the engine's history
        tasks.setAssignee(taskId, user.username());
        tasks.complete(taskId, CamundaBpmData.builder().set(DECISION_OUTCOME, outcome.name()).build());
    }

    // ---------------------------------------------------------------- stage-gate review tasks

    /** A gate reviewer declares a conflict of interest (with a reason); the slot passes to another reviewer. */
    @Transactional
    public void declareGateConflict(String taskId, UserAccount user, String reason) {
        requireKind(taskId, user, TaskKind.REVIEW_GATE);
        gates.declareConflict(gateAssignmentOf(taskId), user.id(), actor(user), reason);
        tasks.complete(taskId);
    }

    /** A gate reviewer scores the technical and business criteria of the gate's criteria set. */
    @Transactional
    public void scoreGate(String taskId, UserAccount user, Map<String, Integer> scores, String comment) {
        requireKind(taskId, user, TaskKind.REVIEW_GATE);
        gates.score(gateAssignmentOf(taskId), user.id(), actor(user), scores, comment);
        tasks.complete(taskId);
    }

    /** The PM confirms (or changes) the proposed gate decision; the subject's rules are checked first. */
    @Transactional
    public void confirmGateDecision(String taskId, UserAccount user, GateConfirmation confirmation) {
        requireKind(taskId, user, TaskKind.CONFIRM_GATE_DECISION);
        GateReviewId review = new GateReviewId(
                StageGateReviewProcess.GATE_REVIEW_ID.from(tasks.getVariablesTyped(taskId)).get());
        gates.confirm(review, actor(user), confirmation);
        tasks.setAssignee(taskId, user.username());
        tasks.complete(taskId, CamundaBpmData.builder()
                .set(StageGateReviewProcess.GATE_DECISION, confirmation.decision().name()).build());
    }

    /** The proposal a CONFIRM_GATE_DECISION task asks the PM to confirm (scores, proposed decision). */
    @Transactional(readOnly = true)
    public GateReview gateReviewOf(String taskId, UserAccount user) {
        WorkTask task = requireOpenTaskOf(taskId, user);
        if (task.kind() != TaskKind.CONFIRM_GATE_DECISION && task.kind() != TaskKind.REVIEW_GATE) {
            throw new ConflictingStateException("wrong-task-kind", "task " + taskId + " is not a gate task");
        }
        return gates.require(new GateReviewId(
                StageGateReviewProcess.GATE_REVIEW_ID.from(tasks.getVariablesTyped(taskId)).get()));
    }

    // ---------------------------------------------------------------- SBIR lifecycle tasks

    /** The PM follows up a phase that overran its planned end: a note, optionally a new planned end. */
    @Transactional
    public void followUpPhaseOverrun(String taskId, UserAccount user, String note, Instant newPlannedEnd) {
        requireKind(taskId, user, TaskKind.FOLLOW_UP_PHASE_OVERRUN);
        sbirProjects.followUpOverrun(projectOf(taskId), actor(user), note, newPlannedEnd);
        tasks.setAssignee(taskId, user.username());
        tasks.complete(taskId);
    }

    /** The PM records the commercialization outcomes; the project is complete. */
    @Transactional
    public void recordCommercializationOutcomes(String taskId, UserAccount user, List<OutcomeInput> outcomes) {
        requireKind(taskId, user, TaskKind.RECORD_COMMERCIALIZATION_OUTCOMES);
        sbirProjects.recordOutcomes(projectOf(taskId), actor(user), outcomes);
        tasks.setAssignee(taskId, user.username());
        tasks.complete(taskId);
    }

    /** The PM arranges the project's oldest open support request (mentoring, company or fund-raising matching). */
    @Transactional
    public void arrangeSupport(String taskId, UserAccount user, String note) {
        requireKind(taskId, user, TaskKind.ARRANGE_SUPPORT);
        SupportRequest open = sbirProjects.supportRequestsOf(projectOf(taskId)).stream()
                .filter(r -> r.arrangedAt() == null).findFirst()
                .orElseThrow(() -> new ConflictingStateException("no-open-support-request",
                        "the project has no support request left to arrange"));
        sbirProjects.arrangeSupport(open.id(), actor(user), note);
        tasks.setAssignee(taskId, user.username());
        tasks.complete(taskId);
    }

    /** The SBIR project an SBIR task is about (also for gate tasks whose subject is a project). */
    @Transactional(readOnly = true)
    public ProjectId projectOfTask(String taskId, UserAccount user) {
        WorkTask task = requireOpenTaskOf(taskId, user);
        if (task.kind() == TaskKind.REVIEW_GATE || task.kind() == TaskKind.CONFIRM_GATE_DECISION) {
            return new ProjectId(StageGateReviewProcess.SUBJECT_ID.from(tasks.getVariablesTyped(taskId)).get());
        }
        return projectOf(taskId);
    }

    private GateAssignmentId gateAssignmentOf(String taskId) {
        return new GateAssignmentId(
                StageGateReviewProcess.GATE_ASSIGNMENT_ID.from(tasks.getVariablesTyped(taskId)).get());
    }

    private ProjectId projectOf(String taskId) {
        return new ProjectId(SbirProjectLifecycleProcess.PROJECT_ID.from(tasks.getVariablesTyped(taskId)).get());
    }

    // ---------------------------------------------------------------- mentoring tasks

    /**
     * The PM confirms the matcher's proposal ({@code mentorId == null}) or overrides it with another
     * eligible mentor and a reason; either way the offer goes to the mentor.
     */
    @Transactional
    public void confirmMentorProposal(String taskId, UserAccount user, UserId mentorId, String reason) {
        WorkTask task = requireKind(taskId, user, TaskKind.CONFIRM_MENTOR_PROPOSAL);
        if (mentorId == null) {
            mentoring.confirmProposal(task.mentoringMatchId(), actor(user));
        } else {
            mentoring.chooseMentor(task.mentoringMatchId(), actor(user), mentorId, reason);
        }
        tasks.setAssignee(taskId, user.username());
        tasks.complete(taskId, CamundaBpmData.builder()
                .set(MentorAssignmentProcess.MENTOR_USERNAME, mentoring.mentorUsernameOf(task.mentoringMatchId()))
                .build());
    }

    /** With no eligible mentor left, the PM chooses one (with a reason) or closes ({@code mentorId == null}, reason). */
    @Transactional
    public void assignMentor(String taskId, UserAccount user, UserId mentorId, String reason) {
        WorkTask task = requireKind(taskId, user, TaskKind.ASSIGN_MENTOR);
        tasks.setAssignee(taskId, user.username());
        if (mentorId == null) {
            mentoring.closeUnmatched(task.mentoringMatchId(), actor(user), reason);
            tasks.complete(taskId, CamundaBpmData.builder().set(MentorAssignmentProcess.MENTOR_CHOSEN, false).build());
            return;
        }
        mentoring.chooseMentor(task.mentoringMatchId(), actor(user), mentorId, reason);
        tasks.complete(taskId, CamundaBpmData.builder().set(MentorAssignmentProcess.MENTOR_CHOSEN, true)
                .set(MentorAssignmentProcess.MENTOR_USERNAME, mentoring.mentorUsernameOf(task.mentoringMatchId()))
                .build());
    }

    /** The mentor accepts or declines (a reason is required to decline). */
    @Transactional
    public void respondToMentoringOffer(String taskId, UserAccount user, boolean accept, String reason) {
        WorkTask task = requireKind(taskId, user, TaskKind.RESPOND_TO_MENTORING_OFFER);
        mentoring.respond(task.mentoringMatchId(), user.id(), actor(user), accept, reason);
        tasks.complete(taskId, CamundaBpmData.builder().set(MentorAssignmentProcess.OFFER_ACCEPTED, accept).build());
    }

    /** The mentor logs the session of a due check-in. */
    @Transactional
    public void logCheckIn(String taskId, UserAccount user, LocalDate heldOn, String summary) {
        logCheckIn(taskId, user, heldOn, null, null, summary);
    }

    /** The mentor logs the session of a due check-in with its length and topics (the web pages' form). */
    @Transactional
    public void logCheckIn(String taskId, UserAccount user, LocalDate heldOn, Integer durationMinutes, String topics,
            String summary) {
        WorkTask task = requireKind(taskId, user, TaskKind.LOG_CHECK_IN);
        mentoring.logSession(task.mentoringMatchId(), user.id(), actor(user), heldOn, durationMinutes, topics, summary);
        tasks.complete(taskId);
    }

    /** One side's evaluation at the end of mentoring (the mentor's or the team lead's task). */
    @Transactional
    public void evaluateMentoring(String taskId, UserAccount user, Integer rating, String comment) {
        WorkTask task = requireTask(taskId, user);
        EvaluationSide side = switch (task.kind()) {
            case EVALUATE_AS_MENTOR -> EvaluationSide.MENTOR;
            case EVALUATE_AS_MENTEE -> EvaluationSide.MENTEE;
            default -> throw new ConflictingStateException("wrong-task-kind",
                    "task " + taskId + " is a " + task.kind() + " task, not an evaluation");
        };
        mentoring.evaluate(task.mentoringMatchId(), user.id(), actor(user), side, rating, comment);
        tasks.complete(taskId);
    }

    // ---------------------------------------------------------------- generic tasks (form fields from the Modeler)

    /** The form of a {@link TaskKind#GENERIC} task: its Camunda form fields with labels, types and constraints. */
    @Transactional(readOnly = true)
    public TaskForm formOf(String taskId, UserAccount user) {
        WorkTask task = requireKind(taskId, user, TaskKind.GENERIC);
        return new TaskForm(task, GenericTaskForms.fieldsOf(forms.getTaskFormData(taskId)));
    }

    /**
     * Completes a generic task with the submitted values (field id → value; text, number or boolean),
     * after checking every field's type and constraints: a refusal names the field and changes nothing.
     * A group task is assigned to the user who completes it; the completion is audited.
     */
    @Transactional
    public void completeForm(String taskId, UserAccount user, Map<String, ?> values) {
        TaskForm form = formOf(taskId, user);
        Map<String, Object> variables = GenericTaskForms.variables(form.fields(), values);
        Task task = tasks.createTaskQuery().taskId(form.task().id()).singleResult();
        if (task.getAssignee() == null) {
            tasks.setAssignee(taskId, user.username());
        }
        recordCompletion(task, form, variables, user);
        // Camunda validates the same constraints again and writes the fields as process variables
        forms.submitTaskForm(taskId, variables);
    }

    private void recordCompletion(Task task, TaskForm form, Map<String, Object> variables, UserAccount user) {
        String detail = "completed task " + task.getTaskDefinitionKey() + " (" + task.getName() + ") with "
                + variables;
        if (form.task().applicationId() != null) {
            audit.record(actor(user), "TASK_FORM_COMPLETED", ApplicationService.AUDIT_SUBJECT,
                    form.task().applicationId().value(), detail);
        } else {
            // no application to file it under: the process instance names the subject
            audit.record(actor(user), "TASK_FORM_COMPLETED", "PROCESS_TASK", 0L,
                    detail + " in process instance " + task.getProcessInstanceId());
        }
    }

    // ---------------------------------------------------------------- helpers

    private WorkTask requireKind(String taskId, UserAccount user, TaskKind expected) {
        WorkTask task = requireTask(taskId, user);
        if (task.kind() != expected) {
            throw new ConflictingStateException("wrong-task-kind",
                    "task " + taskId + " is a " + task.kind() + " task, not " + expected);
        }
        return task;
    }

    private WorkTask requireTask(String taskId, UserAccount user) {
        if (taskId == null || taskId.isBlank()) {
            throw new NotFoundException("task", taskId);
        }
        return openTasks.find(taskId, user.username(), groupsOf(user))
                .orElseThrow(() -> new NotFoundException("task", taskId));
    }

    /** Role names are the candidate group ids of the models (e.g. PM). */
    private static List<String> groupsOf(UserAccount user) {
        return groupsOf(user.roles());
    }

    private static List<String> groupsOf(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static Actor actor(UserAccount user) {
        return Actor.user(user.username());
    }
}
