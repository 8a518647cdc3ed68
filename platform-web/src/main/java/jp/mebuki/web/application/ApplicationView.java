package jp.mebuki.web.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.programme.GrowthStage;

/**
 * One application with its status history. Fields the caller may not see are left out: scores
 * (programme managers and administrators only), decisions (owner and staff) and, for reviewers of a
 * blind call, the applicant's identity (applicant, institutionCode, team, status-change actors).
 */
@Schema(name = "Application")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApplicationView(
        long id,
        long callId,
        String title,
        String abstractText,
        String technologyField,
        GrowthStage growthStage,
        Long requestedAmountYen,
        @Schema(description = "username of the applicant; absent for reviewers of a blind call") String applicant,
        String institutionCode,
        List<TeamMemberView> team,
        ApplicationStatus status,
        int reviewRound,
        Instant createdAt,
        Instant firstSubmittedAt,
        Instant lastSubmittedAt,
        List<StatusChangeView> statusHistory,
        @Schema(description = "the current round's scores; programme managers and administrators only") ScoresView scores,
        List<DecisionView> decisions,
        @Schema(description = "true when the applicant's identity was left out (blind review)") boolean identityHidden) {

    @Schema(name = "TeamMemberView")
    record TeamMemberView(String name, String role, String affiliation) {
    }

    @Schema(name = "StatusChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatusChangeView(ApplicationStatus status, Instant changedAt, String actor, String note) {
    }

    @Schema(name = "ScoreSummary")
    record ScoresView(BigDecimal weightedMean, BigDecimal spread, BigDecimal standardDeviation, int reviewCount) {
    }

    @Schema(name = "Decision")
    record DecisionView(DecisionOutcome outcome, String reason, int reviewRound, Instant decidedAt) {
    }
}
