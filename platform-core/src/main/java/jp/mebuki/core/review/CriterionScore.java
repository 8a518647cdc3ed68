package jp.mebuki.core.review;

import org.springframework.data.relational.core.mapping.Table;

/** The score one review gives one rubric criterion. */
@Table("review_score")
public record CriterionScore(String criterionCode, int score) {
}
