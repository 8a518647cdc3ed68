package jp.mebuki.core.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

/** A submitted review: per-criterion scores, their weighted score, a comment and a recommendation. */
@Table("review")
public record Review(
        @Id ReviewId id,
        ReviewAssignmentId assignmentId,
        ApplicationId applicationId,
        UserId reviewerId,
        int reviewRound,
        @Column("comment_text") String comment,
        Recommendation recommendation,
        BigDecimal weightedScore,
        Instant submittedAt,
        @MappedCollection(idColumn = "review") Set<CriterionScore> scores) {

    public Map<String, Integer> scoresByCriterion() {
        return scores.stream().collect(Collectors.toMap(CriterionScore::criterionCode, CriterionScore::score));
    }
}
