package jp.mebuki.core.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.user.UserId;

/**
 * A review saved but not submitted: whatever scores, comment and recommendation the reviewer had so far.
 * One per assignment; only its reviewer reads it; it goes when the review is submitted.
 */
@Table("review_draft")
public record ReviewDraft(
        @Id Long id,
        ReviewAssignmentId assignmentId,
        UserId reviewerId,
        @Column("comment_text") String comment,
        Recommendation recommendation,
        Instant savedAt,
        @MappedCollection(idColumn = "review_draft") Set<DraftScore> scores) {

    /** The score given so far to one rubric criterion. */
    @Table("review_draft_score")
    public record DraftScore(String criterionCode, int score) {
    }

    public Map<String, Integer> scoresByCriterion() {
        Map<String, Integer> byCriterion = new LinkedHashMap<>();
        scores.stream().sorted(java.util.Comparator.comparing(DraftScore::criterionCode))
                .forEach(s -> byCriterion.put(s.criterionCode(), s.score()));
        return byCriterion;
    }
}
