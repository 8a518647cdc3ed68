package jp.mebuki.core.programme;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** One weighted criterion of a call's rubric; reviewers give it an integer score from 1 to maxScore. */
@Table("rubric_criterion")
public record RubricCriterion(String code, String nameEn, String nameJa, BigDecimal weight, int maxScore) {

    public boolean accepts(int score) {
        return score >= 1 && score <= maxScore;
    }
}
