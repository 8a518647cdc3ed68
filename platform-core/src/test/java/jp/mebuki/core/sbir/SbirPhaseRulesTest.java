package jp.mebuki.core.sbir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.shared.InvalidInputException;

/** The phase ranges of sbir-phases.csv and the configured Phase 3 ranges. */
class SbirPhaseRulesTest {

    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    private final SbirPhaseRules rules = new SbirPhaseRules(new SbirProperties(Map.of(
            "DEFAULT", new SbirProperties.Range(50_000_000L, 1_000_000_000L),
            "SPACE", new SbirProperties.Range(200_000_000L, 5_000_000_000L)), 2, false, 3, 14));

    @Test
    void readsTheRangesOfTheCsv() {
        assertThat(rules.rangeOf(SbirPhase.PHASE_1, "AI")).isEqualTo(
                new PhaseRange(SbirPhase.PHASE_1, 3_000_000L, 30_000_000L, 12));
        assertThat(rules.rangeOf(SbirPhase.PHASE_2, "AI")).isEqualTo(
                new PhaseRange(SbirPhase.PHASE_2, 10_000_000L, null, 24));
        assertThat(rules.rangeOf(SbirPhase.PHASE_2, "AI").describe()).isEqualTo("¥10,000,000 and up");
    }

    @Test
    void takesPhase3sRangeFromTheFieldOrTheDefault() {
        assertThat(rules.rangeOf(SbirPhase.PHASE_3, "SPACE").minYen()).isEqualTo(200_000_000L);
        assertThat(rules.rangeOf(SbirPhase.PHASE_3, "AI").minYen()).isEqualTo(50_000_000L);
        assertThat(rules.rangeOf(SbirPhase.PHASE_3, "AI").maxMonths()).isEqualTo(60);
    }

    @Test
    void refusesABudgetOutsideTheRangeNamingIt() {
        assertThatThrownBy(() -> rules.check(SbirPhase.PHASE_1, "AI", 31_000_000L, START,
                START.plusSeconds(86_400L * 300), "budgetYen", "plannedEnd"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("budgetYen");
                    assertThat(e.code()).isEqualTo("budget-out-of-range");
                    assertThat(e.getMessage()).contains("¥3,000,000 to ¥30,000,000");
                });
        assertThatThrownBy(() -> rules.check(SbirPhase.PHASE_3, "SPACE", 100_000_000L, START,
                START.plusSeconds(86_400L * 300), "budgetYen", "plannedEnd"))
                .hasMessageContaining("¥200,000,000 to ¥5,000,000,000");
    }

    @Test
    void refusesAPlannedEndBeyondThePhasesDuration() {
        assertThatThrownBy(() -> rules.check(SbirPhase.PHASE_1, "AI", 10_000_000L, START,
                START.plusSeconds(86_400L * 370), "budgetYen", "plannedEnd"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("plannedEnd"));
        assertThatCode(() -> rules.check(SbirPhase.PHASE_1, "AI", 10_000_000L, START,
                START.plusSeconds(86_400L * 365), "budgetYen", "plannedEnd")).doesNotThrowAnyException();
    }
}
