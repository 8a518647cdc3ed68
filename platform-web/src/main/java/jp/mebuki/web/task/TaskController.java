package jp.mebuki.web.task;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.mebuki.core.sbir.OutcomeInput;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;
import jp.mebuki.web.idempotency.IdempotentRequests;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.workflows.task.WorkTaskService;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskController {

    static final String IDEMPOTENCY_KEY = "optional; a retry with the same key returns the first response"
            + " (header Idempotent-Replayed: true) instead of 404 for the completed task";

    private final WorkTaskService tasks;
    private final TaskInbox inbox;
    private final UserDirectory users;
    private final IdempotentRequests idempotent;
    private final TaskFormViewMapper forms;

    TaskController(WorkTaskService tasks, TaskInbox inbox, UserDirectory users, IdempotentRequests idempotent,
            TaskFormViewMapper forms) {
        this.tasks = tasks;
        this.forms = forms;
        this.inbox = inbox;
        this.users = users;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "A page of the caller's open tasks, overdue and earliest due first (any signed-in user)",
            description = "400 naming `page` (from 0) or `size` (1 to 200, default 50).")
    List<TaskView> openTasks(@AuthenticationPrincipal PlatformUser caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        // name and roles from the sign-in: the inbox page needs no account look-up
        return inbox.openTasksOf(caller.getUsername(), caller.roles(), page, size);
    }

    @PostMapping("/{id}/conflict")
    @ApiResponse(responseCode = "204", description = "done")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Declare whether the caller has a conflict of interest (REVIEWER, own DECLARE_CONFLICT task)",
            description = "204; 404 when the task is not the caller's; 409 for another kind of task; 400 for a"
                    + " conflict without a reason.")
    ResponseEntity<Void> declareConflict(@PathVariable String id, @Valid @RequestBody ConflictDeclarationRequest request,
            @AuthenticationPrincipal PlatformUser caller,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentRequests.HEADER, required = false)
            String idempotencyKey) {
        return idempotent.run(idempotencyKey, caller, "POST /api/tasks/" + id + "/conflict", request, Void.class,
                () -> {
                    tasks.declareConflict(id, account(caller), request.conflict(), request.reason());
                    return ResponseEntity.noContent().build();
                });
    }

    @PostMapping("/{id}/review")
    @ApiResponse(responseCode = "204", description = "done")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Submit a review (REVIEWER, own SCORE_APPLICATION task)",
            description = "204; 400 naming `scores.CRITERION` for a missing, unknown or out-of-range score, or"
                    + " `comment`/`recommendation`; 404 when the task is not the caller's; 409 for another kind.")
    ResponseEntity<Void> review(@PathVariable String id, @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal PlatformUser caller,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentRequests.HEADER, required = false)
            String idempotencyKey) {
        return idempotent.run(idempotencyKey, caller, "POST /api/tasks/" + id + "/review", request, Void.class, () -> {
            tasks.submitReview(id, account(caller), request.scores(), request.comment(), request.recommendation());
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{id}/decision")
    @ApiResponse(responseCode = "204", description = "done")
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Decide on a reviewed application (PM, DECIDE task)",
            description = "204; 400 naming `outcome` or `reason` (a reason is required); 404 when the task is not"
                    + " visible to the caller; 409 for another kind of task.")
    ResponseEntity<Void> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
            @AuthenticationPrincipal PlatformUser caller,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentRequests.HEADER, required = false)
            String idempotencyKey) {
        return idempotent.run(idempotencyKey, caller, "POST /api/tasks/" + id + "/decision", request, Void.class, () -> {
            tasks.decide(id, account(caller), request.outcome(), request.reason());
            return ResponseEntity.noContent().build();
        });
    }

    // ---------------------------------------------------------------- stage-gate review tasks

    @PostMapping("/{id}/gate-review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Review a stage gate: declare a conflict, or score the technical and business criteria"
            + " (REVIEWER, own REVIEW_GATE task)", description = "204; 400 naming `reason`, `scores.CRITERION` or"
                    + " `comment`; 404 when the task is not the caller's; 409 for another kind of task.")
    void reviewGate(@PathVariable String id, @RequestBody GateTaskRequests.GateReviewRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        if (request.conflict()) {
            tasks.declareGateConflict(id, account(caller), request.reason());
        } else {
            tasks.scoreGate(id, account(caller), request.scores(), request.comment());
        }
    }

    @PostMapping("/{id}/gate-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Confirm the proposed gate decision: GO, CONDITIONAL or NO_GO (PM, CONFIRM_GATE_DECISION task)",
            description = "204; 400 naming `budgetYen` (outside the next phase's range, e.g. Phase 2 ¥10,000,000 and"
                    + " up), `plannedEnd`, `reworkDeadline`, `reason` or `skipToPhase3`; 409 when the rework limit is"
                    + " reached or for another kind of task; 404 when the task is not visible to the caller.")
    void confirmGateDecision(@PathVariable String id, @RequestBody GateTaskRequests.GateDecisionRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.confirmGateDecision(id, account(caller), new GateConfirmation(request.decision(), request.reason(),
                request.budgetYen(), request.plannedEnd(), request.reworkDeadline(), request.skipToPhase3()));
    }

    // ---------------------------------------------------------------- SBIR lifecycle tasks

    @PostMapping("/{id}/overrun-follow-up")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Follow up a phase that overran its planned end (PM, FOLLOW_UP_PHASE_OVERRUN task)",
            description = "204; 400 naming `note` or `newPlannedEnd`.")
    void followUpOverrun(@PathVariable String id, @RequestBody GateTaskRequests.OverrunFollowUpRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.followUpPhaseOverrun(id, account(caller), request.note(), request.newPlannedEnd());
    }

    @PostMapping("/{id}/outcomes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Record commercialization outcomes: public procurement, private matchings, test marketing"
            + " (PM, RECORD_COMMERCIALIZATION_OUTCOMES task)", description = "204; 400 naming `outcomes[i].…`.")
    void recordOutcomes(@PathVariable String id, @RequestBody GateTaskRequests.OutcomesRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        List<OutcomeInput> outcomes = request.outcomes() == null ? List.of() : request.outcomes().stream()
                .map(o -> o == null ? null : new OutcomeInput(o.kind(), o.counterpart(), o.amountYen(), o.description()))
                .toList();
        tasks.recordCommercializationOutcomes(id, account(caller), outcomes);
    }

    @PostMapping("/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Record how hands-on support was arranged (PM, ARRANGE_SUPPORT task)",
            description = "204; 400 naming `note`.")
    void arrangeSupport(@PathVariable String id, @RequestBody GateTaskRequests.SupportArrangementRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.arrangeSupport(id, account(caller), request.note());
    }

    // ---------------------------------------------------------------- mentoring tasks

    @PostMapping("/{id}/mentor-proposal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Confirm the proposed mentor, or override it with another and a reason (PM, CONFIRM_MENTOR_PROPOSAL task)",
            description = "204; 400 naming `reason` (an override needs one) or `mentorId` (unknown, not eligible for"
                    + " the team); 409 when the mentor has no free slot; 404 when the task is not visible to the caller.")
    void confirmMentorProposal(@PathVariable String id, @RequestBody MentorChoiceRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.confirmMentorProposal(id, account(caller), mentorId(request), request.reason());
    }

    @PostMapping("/{id}/mentor-assignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "No eligible mentor left: choose one, or close without a mentor (PM, ASSIGN_MENTOR task)",
            description = "204; a reason is always required (400 naming `reason`); 400 naming `mentorId` for a mentor"
                    + " who may not mentor the team; 404 when the task is not visible to the caller.")
    void assignMentor(@PathVariable String id, @RequestBody MentorChoiceRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.assignMentor(id, account(caller), mentorId(request), request.reason());
    }

    @PostMapping("/{id}/mentoring-offer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Accept or decline a mentoring offer (MENTOR, own RESPOND_TO_MENTORING_OFFER task)",
            description = "204; 400 naming `reason` when declining without one; 404 when the offer is someone else's.")
    void respondToMentoringOffer(@PathVariable String id, @RequestBody MentoringOfferResponseRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.respondToMentoringOffer(id, account(caller), request.accept(), request.reason());
    }

    @PostMapping("/{id}/check-in")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Log the session of a due check-in (MENTOR, own LOG_CHECK_IN task)",
            description = "204; 400 naming `summary` or `heldOn`; 404 when the task is not the caller's.")
    void logCheckIn(@PathVariable String id, @RequestBody CheckInRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.logCheckIn(id, account(caller), request.heldOn(), request.summary());
    }

    @PostMapping("/{id}/mentoring-evaluation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Evaluate the mentoring at its end (the mentor or the team lead, own EVALUATE_AS_* task)",
            description = "204; 400 naming `rating` (1–5) or `comment`; 404 when the task is not the caller's.")
    void evaluateMentoring(@PathVariable String id, @RequestBody MentoringEvaluationRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.evaluateMentoring(id, account(caller), request.rating(), request.comment());
    }

    // ---------------------------------------------------------------- generic tasks (form fields from the Modeler)

    @GetMapping("/{id}/form")
    @Operation(summary = "The form of a GENERIC task: its fields, types, options and constraints (a candidate of the task)",
            description = "404 when the task is not offered to the caller (not an assignee, candidate user or member"
                    + " of a candidate group); 409 for a task with a page of its own.")
    TaskFormView form(@PathVariable String id, @AuthenticationPrincipal PlatformUser caller) {
        return forms.toView(tasks.formOf(id, account(caller)));
    }

    @PostMapping("/{id}/form")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a GENERIC task with its form's values (a candidate of the task)",
            description = "204; 400 naming the field (`required`, `not-a-number`, `too-small`, `too-large`, `too-short`,"
                    + " `too-long`, `not-an-option`, `not-a-date`, `read-only`, `unknown-field`), nothing saved; 404 when"
                    + " the task is not offered to the caller; 409 for a task with a page of its own.")
    void completeForm(@PathVariable String id, @RequestBody TaskFormSubmission submission,
            @AuthenticationPrincipal PlatformUser caller) {
        tasks.completeForm(id, account(caller), submission.values());
    }

    private static UserId mentorId(MentorChoiceRequest request) {
        return request.mentorId() == null ? null : new UserId(request.mentorId());
    }

    private UserAccount account(PlatformUser caller) {
        return users.require(caller.userId());
    }
}
