package jp.mebuki.web.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;

@RestController
@Tag(name = "Audit")
class AuditController {

    private final ApplicationService applications;
    private final AuditLog audit;
    private final AuditEntryViewMapper mapper;

    AuditController(ApplicationService applications, AuditLog audit, AuditEntryViewMapper mapper) {
        this.applications = applications;
        this.audit = audit;
        this.mapper = mapper;
    }

    @GetMapping("/api/applications/{id}/audit")
    @PreAuthorize("hasAnyRole('PM', 'ADMIN')")
    @Operation(summary = "The audit trail of an application, oldest first (PM, ADMIN)",
            description = "Every eligibility decision, reviewer assignment, conflict, review, decision and"
                    + " withdrawal with who, when, what and why. 404 for an unknown application.")
    List<AuditEntryView> trail(@PathVariable long id) {
        ApplicationId applicationId = applications.require(new ApplicationId(id)).getId();
        return mapper.toViews(audit.trailOf(ApplicationService.AUDIT_SUBJECT, applicationId.value()));
    }
}
