package jp.mebuki.web.sbir;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.sbir.Milestone;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.sbir.ThemeId;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.workflows.sbir.SbirProcessService;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "SBIR projects")
class ProjectController {

    private final SbirProcessService lifecycle;
    private final SbirProjectService projects;
    private final StageGateService gates;
    private final UserDirectory users;
    private final SbirViewMapper mapper;
    private final AuditLog audit;

    ProjectController(SbirProcessService lifecycle, SbirProjectService projects, StageGateService gates,
            UserDirectory users, SbirViewMapper mapper, AuditLog audit) {
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.projects = projects;
        this.gates = gates;
        this.users = users;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "SBIR projects: all for PM and ADMIN, the caller's own for an awardee")
    List<SbirViews.ProjectSummaryView> projects(@AuthenticationPrincipal PlatformUser caller) {
        return mapper.toSummaries(projects.visibleTo(account(caller)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project with its phase history, budgets, milestones, reports, gate outcomes and"
            + " commercialization outcomes", description = "404 when the caller is neither PM/ADMIN nor the awardee.")
    @Transactional(readOnly = true)
    SbirViews.ProjectView project(@PathVariable long id, @AuthenticationPrincipal PlatformUser caller) {
        return view(projects.requireVisible(new ProjectId(id), account(caller)));
    }

    @PostMapping
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Award Phase 1 to an adopted SBIR application and start the project's lifecycle (PM)",
            description = "201; 400 naming `budgetYen` (outside ¥3,000,000 to ¥30,000,000), `plannedEnd` (over 12"
                    + " months), `themeId`, `applicationId` or `milestones[i].…`; 409 when not adopted or already awarded.")
    ResponseEntity<SbirViews.ProjectView> award(@RequestBody SbirRequests.AwardRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        List<Milestone> milestones = request.milestones() == null ? List.of()
                : request.milestones().stream().map(m -> m == null ? null
                        : new Milestone(SbirPhase.PHASE_1, m.title(), m.dueAt())).toList();
        SbirProject project = lifecycle.award(caller.actor(),
                request.applicationId() == null ? null : new ApplicationId(request.applicationId()),
                request.themeId() == null ? null : new ThemeId(request.themeId()), request.budgetYen(),
                request.plannedEnd(), milestones);
        return ResponseEntity.status(201).body(view(project));
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Submit the current phase's final report (the awardee only)",
            description = "201; 404 when the caller is not the project's awardee; 409 when no report is expected"
                    + " now (e.g. during a gate review); 400 naming `technicalResults`, `businessResults` or `spentYen`.")
    ResponseEntity<SbirViews.ProjectView> report(@PathVariable long id, @RequestBody SbirRequests.ReportRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        SbirProject project = lifecycle.submitReport(new ProjectId(id), caller.userId(), caller.actor(),
                request.technicalResults(), request.businessResults(), request.spentYen());
        return ResponseEntity.status(201).body(view(project));
    }

    @PostMapping("/{id}/support")
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Request hands-on support: mentoring, company matching or fund-raising matching (PM)",
            description = "201; raises an ARRANGE_SUPPORT task for PMs; 400 naming `kind` or `note`.")
    ResponseEntity<SbirViews.SupportView> support(@PathVariable long id,
            @RequestBody SbirRequests.SupportRequestBody request, @AuthenticationPrincipal PlatformUser caller) {
        return ResponseEntity.status(201).body(mapper.toView(
                lifecycle.requestSupport(new ProjectId(id), caller.actor(), request.kind(), request.note())));
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('PM', 'ADMIN')")
    @Operation(summary = "The project's audit trail: every award, report, gate step and decision (PM, ADMIN)")
    List<SbirViews.AuditView> audit(@PathVariable long id) {
        SbirProject project = projects.require(new ProjectId(id));
        return mapper.toAuditViews(audit.trailOf(SbirProjectService.AUDIT_SUBJECT, project.getId().value()));
    }

    private SbirViews.ProjectView view(SbirProject project) {
        return mapper.toView(project, users.usernameOf(project.getAwardeeId()),
                gates.reviewsOf(SbirProjectService.AUDIT_SUBJECT, project.getId().value()),
                projects.supportRequestsOf(project.getId()));
    }

    private UserAccount account(PlatformUser caller) {
        return users.require(caller.userId());
    }
}
