package jp.mebuki.core.stagegate;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One stage-gate review of one subject: the parameters it was opened with, the scores of its
 * reviewers, the decision proposed from them and the decision a PM confirmed (with the new budget
 * and planned end for GO, the rework deadline for CONDITIONAL, the reason always).
 */
@Table("gate_review")
public record GateReview(
        @Id GateReviewId id,
        String subjectType,
        long subjectId,
        String gate,
        GateCriteriaSet criteriaSet,
        int reviewerCount,
        GateReviewStatus status,
        Instant openedAt,
        BigDecimal technicalScore,
        BigDecimal businessScore,
        GateDecision proposedDecision,
        boolean skipEligible,
        GateDecision decision,
        boolean skipToPhase3,
        String reason,
        Long budgetYen,
        Instant plannedEnd,
        Instant reworkDeadline,
        String decidedBy,
        Instant decidedAt,
        @Version Integer version) {

    static GateReview open(String subjectType, long subjectId, String gate, GateCriteriaSet criteriaSet,
            int reviewerCount, Instant now) {
        return new GateReview(null, subjectType, subjectId, gate, criteriaSet, reviewerCount,
                GateReviewStatus.IN_REVIEW, now, null, null, null, false, null, false, null, null, null, null, null,
                null, null);
    }

    GateReview withProposal(BigDecimal technical, BigDecimal business, GateDecision proposed, boolean skip) {
        return new GateReview(id, subjectType, subjectId, gate, criteriaSet, reviewerCount,
                GateReviewStatus.AWAITING_CONFIRMATION, openedAt, technical, business, proposed, skip, decision,
                skipToPhase3, reason, budgetYen, plannedEnd, reworkDeadline, decidedBy, decidedAt, version);
    }

    GateReview withDecision(GateConfirmation confirmation, String pm, Instant now) {
        return new GateReview(id, subjectType, subjectId, gate, criteriaSet, reviewerCount, GateReviewStatus.DECIDED,
                openedAt, technicalScore, businessScore, proposedDecision, skipEligible, confirmation.decision(),
                confirmation.skipToPhase3(), confirmation.reason().strip(), confirmation.budgetYen(),
                confirmation.plannedEnd(), confirmation.reworkDeadline(), pm, now, version);
    }
}
