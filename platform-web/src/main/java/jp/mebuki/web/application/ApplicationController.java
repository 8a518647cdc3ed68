package jp.mebuki.web.application;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.web.idempotency.IdempotentRequests;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.workflows.screening.ScreeningProcessService;

@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications")
@Validated
class ApplicationController {

    static final String IDEMPOTENCY_KEY = "optional; a retry with the same key (8-100 of A-Z a-z 0-9 . _ : -) returns"
            + " the first response (header Idempotent-Replayed: true) instead of acting twice; 409 if the key was"
            + " used for another request";

    private final ApplicationService applications;
    private final ScreeningProcessService screening;
    private final ApplicationViews views;
    private final ApplicationViewMapper mapper;
    private final IdempotentRequests idempotent;

    ApplicationController(ApplicationService applications, ScreeningProcessService screening,
            ApplicationViews views, ApplicationViewMapper mapper, IdempotentRequests idempotent) {
        this.applications = applications;
        this.screening = screening;
        this.views = views;
        this.mapper = mapper;
        this.idempotent = idempotent;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('APPLICANT', 'REVIEWER', 'PM', 'ADMIN')")
    @Operation(summary = "Applications the caller may see",
            description = "Applicants: their own. Reviewers: those of their open assignments without a declared"
                    + " conflict (no identity on blind calls). PM and ADMIN: all. Other roles: 403.")
    List<ApplicationSummary> list(@AuthenticationPrincipal PlatformUser caller) {
        return views.visibleTo(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application with its status history",
            description = "Owner, PM and ADMIN; an assigned reviewer without a declared conflict (no identity on"
                    + " blind calls). Scores for PM and ADMIN only; decisions for owner, PM and ADMIN. Others: 404.")
    ApplicationView get(@PathVariable long id, @AuthenticationPrincipal PlatformUser caller) {
        return views.detail(new ApplicationId(id), caller);
    }

    @PostMapping
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Create a draft in an open call (APPLICANT)",
            description = "400 for invalid input (`field` names it), 409 when the call is not open.")
    @ApiResponse(responseCode = "201", description = "the draft; the Location header names it")
    ResponseEntity<ApplicationView> create(@Valid @RequestBody CreateApplicationRequest request,
            @AuthenticationPrincipal PlatformUser caller,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentRequests.HEADER, required = false)
            String idempotencyKey) {
        return idempotent.run(idempotencyKey, caller, "POST /api/applications", request, ApplicationView.class, () -> {
            Application draft = applications.createDraft(caller.userId(), caller.actor(), new CallId(request.callId()),
                    mapper.toContent(request));
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                    .buildAndExpand(draft.getId().value()).toUri()).body(views.ownView(draft, caller));
        });
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Replace the content of the caller's draft (APPLICANT, owner; 404 otherwise, 409 once submitted)")
    ApplicationView edit(@PathVariable long id, @Valid @RequestBody EditApplicationRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        Application edited = applications.editDraft(new ApplicationId(id), caller.userId(), caller.actor(),
                mapper.toContent(request));
        return views.ownView(edited, caller);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Submit the caller's draft and start its screening (APPLICANT, owner)",
            description = "400 when a required field is missing (named in `field`); 409 when already submitted"
                    + " or the call has closed; 404 for anybody but the owner. Returns the application as SUBMITTED:"
                    + " the screening checks eligibility and assigns reviewers in the background, within a"
                    + " moment (UNDER_REVIEW or INELIGIBLE, with a notification); a resubmitted revision"
                    + " returns UNDER_REVIEW.")
    ResponseEntity<ApplicationView> submit(@PathVariable long id, @AuthenticationPrincipal PlatformUser caller,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentRequests.HEADER, required = false)
            String idempotencyKey) {
        return idempotent.run(idempotencyKey, caller, "POST /api/applications/" + id + "/submit", null,
                ApplicationView.class, () -> ResponseEntity.ok(views.ownView(
                        screening.submit(new ApplicationId(id), caller.userId(), caller.actor()), caller)));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Withdraw the caller's application, with an optional reason (APPLICANT, owner)",
            description = "409 when it is already decided or withdrawn; 404 for anybody but the owner.")
    ApplicationView withdraw(@PathVariable long id, @Valid @RequestBody(required = false) WithdrawRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        String reason = request == null ? null : request.reason();
        return views.ownView(screening.withdraw(new ApplicationId(id), caller.userId(), caller.actor(), reason),
                caller);
    }
}
