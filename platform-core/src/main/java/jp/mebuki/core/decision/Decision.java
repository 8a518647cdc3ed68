package jp.mebuki.core.decision;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

/** A PM's decision, with the scores it was taken on. */
@Table("decision")
public record Decision(
        @Id Long id,
        ApplicationId applicationId,
        int reviewRound,
        DecisionOutcome outcome,
        String reason,
        UserId decidedBy,
        Instant decidedAt,
        BigDecimal weightedMeanScore,
        BigDecimal scoreSpread) {
}
