package jp.mebuki.web.sbir;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.sbir.OutcomeKind;
import jp.mebuki.core.sbir.ProjectStatus;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SupportKind;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReviewStatus;

/** The SBIR API's response bodies. */
final class SbirViews {

    private SbirViews() {
    }

    @Schema(name = "ResearchTheme")
    record ThemeView(long id, String code, String titleEn, String titleJa, String requestingAgency, String policyNeed,
            String technologyField, Long callId, String createdBy, Instant createdAt) {
    }

    @Schema(name = "SbirCall")
    record SbirCallView(long id, String code, String titleEn, String titleJa, Instant opensAt, Instant closesAt,
            long budgetYen, long capPerApplicationYen, int reviewersPerApplication, List<ThemeView> themes) {
    }

    @Schema(name = "ProjectSummary")
    record ProjectSummaryView(long id, long applicationId, long themeId, String title, String technologyField,
            SbirPhase phase, ProjectStatus status, Long currentBudgetYen, Instant currentPlannedEnd) {
    }

    @Schema(name = "Project")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProjectView(long id, long applicationId, long themeId, String awardee, String title, String technologyField,
            String institutionCode, SbirPhase phase, ProjectStatus status, int reworksUsed, Instant awardedAt,
            Instant closedAt, String closingReason, List<PhaseView> phases, List<MilestoneView> milestones,
            List<ReportView> reports, List<GateView> gates, List<OutcomeView> outcomes,
            List<SupportView> supportRequests) {
    }

    @Schema(name = "ProjectPhase")
    record PhaseView(SbirPhase phase, Long budgetYen, Instant startedAt, Instant plannedEnd, Instant endedAt,
            String outcome) {
    }

    @Schema(name = "Milestone")
    record MilestoneView(SbirPhase phase, String title, Instant dueAt) {
    }

    @Schema(name = "PhaseReport")
    record ReportView(SbirPhase phase, String technicalResults, String businessResults, long spentYen,
            String submittedBy, Instant submittedAt) {
    }

    @Schema(name = "GateOutcome")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GateView(long id, String gate, GateReviewStatus status, Instant openedAt, BigDecimal technicalScore,
            BigDecimal businessScore, GateDecision proposedDecision, boolean skipEligible, GateDecision decision,
            boolean skipToPhase3, String reason, Long budgetYen, Instant plannedEnd, Instant reworkDeadline,
            String decidedBy, Instant decidedAt) {
    }

    @Schema(name = "CommercializationOutcome")
    record OutcomeView(OutcomeKind kind, String counterpart, Long amountYen, String description, String recordedBy,
            Instant recordedAt) {
    }

    @Schema(name = "SupportRequest")
    record SupportView(long id, SupportKind kind, String note, String requestedBy, Instant requestedAt,
            String arrangedNote, Instant arrangedAt) {
    }

    @Schema(name = "ProjectAuditEntry")
    record AuditView(long id, Instant occurredAt, String actor, String action, String detail) {
    }

    @Schema(name = "SbirKpis")
    record KpisView(int projects, Map<SbirPhase, Long> activeByPhase, Map<ProjectStatus, Long> byStatus,
            long reachedPhase2, long reachedPhase3, long reachedCommercialization, long publicProcurementContracts,
            long publicProcurementYen, long privateMatchings, long testMarketings) {
    }
}
