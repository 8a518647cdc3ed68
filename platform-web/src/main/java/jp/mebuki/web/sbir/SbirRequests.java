package jp.mebuki.web.sbir;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.sbir.SupportKind;

/** The SBIR API's request bodies; the domain checks every field and names the one at fault. */
final class SbirRequests {

    private SbirRequests() {
    }

    @Schema(name = "ThemeInput")
    record CreateThemeRequest(String code, String titleEn, String titleJa, String requestingAgency, String policyNeed,
            String technologyField) {
    }

    @Schema(name = "SbirCallInput")
    record OpenCallRequest(String code, String titleEn, String titleJa, Instant opensAt, Instant closesAt,
            Long budgetYen, Integer reviewersPerApplication, List<Long> themeIds) {
    }

    @Schema(name = "AwardInput", description = "Phase 1 award: budget ¥3,000,000 to ¥30,000,000, at most 12 months")
    record AwardRequest(Long applicationId, Long themeId, Long budgetYen, Instant plannedEnd,
            List<MilestoneRequest> milestones) {
    }

    @Schema(name = "MilestoneInput")
    record MilestoneRequest(String title, Instant dueAt) {
    }

    @Schema(name = "ReportInput")
    record ReportRequest(String technicalResults, String businessResults, Long spentYen) {
    }

    @Schema(name = "SupportRequestInput")
    record SupportRequestBody(SupportKind kind, String note) {
    }
}
