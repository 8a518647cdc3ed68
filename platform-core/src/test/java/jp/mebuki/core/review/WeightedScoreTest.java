package jp.mebuki.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.shared.InvalidInputException;

class WeightedScoreTest {

    private static final List<RubricCriterion> RUBRIC = List.of(
            new RubricCriterion("TECHNOLOGY", "Technology", "技術", new BigDecimal("0.5"), 5),
            new RubricCriterion("MARKET", "Market", "市場", new BigDecimal("0.3"), 5),
            new RubricCriterion("TEAM", "Team", "チーム", new BigDecimal("0.2"), 5));

    @Test
    void weighsEachCriterionByItsWeight() {
        // (0.5*5 + 0.3*3 + 0.2*1) / 1.0 = 3.6
        assertThat(ReviewService.weightedScore(RUBRIC, Map.of("TECHNOLOGY", 5, "MARKET", 3, "TEAM", 1)))
                .isEqualByComparingTo("3.600");
    }

    @Test
    void normalisesWeightsThatDoNotSumToOne() {
        List<RubricCriterion> unnormalised = List.of(
                new RubricCriterion("A", "A", "A", new BigDecimal("2"), 5),
                new RubricCriterion("B", "B", "B", new BigDecimal("1"), 5));
        assertThat(ReviewService.weightedScore(unnormalised, Map.of("A", 4, "B", 1))).isEqualByComparingTo("3.000");
    }

    @Test
    void refusesAScoreAboveTheCriterionMaximumNamingTheCriterion() {
        assertThatThrownBy(() -> ReviewService.weightedScore(RUBRIC, Map.of("TECHNOLOGY", 6, "MARKET", 3, "TEAM", 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and 5")
                .extracting("field").isEqualTo("scores.TECHNOLOGY");
    }

    @Test
    void refusesAScoreBelowOne() {
        assertThatThrownBy(() -> ReviewService.weightedScore(RUBRIC, Map.of("TECHNOLOGY", 0, "MARKET", 3, "TEAM", 1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("scores.TECHNOLOGY");
    }

    @Test
    void refusesAMissingCriterion() {
        assertThatThrownBy(() -> ReviewService.weightedScore(RUBRIC, Map.of("TECHNOLOGY", 3, "MARKET", 3)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("scores.TEAM");
    }

    @Test
    void refusesACriterionTheRubricDoesNotHave() {
        assertThatThrownBy(() -> ReviewService.weightedScore(RUBRIC,
                Map.of("TECHNOLOGY", 3, "MARKET", 3, "TEAM", 3, "LUCK", 5)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("scores.LUCK");
    }
}
