package jp.mebuki.web.task;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
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

    TaskController(WorkTaskService tasks, TaskInbox inbox, UserDirectory users, IdempotentRequests idempotent) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.users = users;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "The caller's open tasks, earliest due first (any signed-in user)")
    List<TaskView> openTasks(@AuthenticationPrincipal PlatformUser caller) {
        return inbox.openTasksOf(account(caller));
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

    private UserAccount account(PlatformUser caller) {
        return users.require(caller.userId());
    }
}
