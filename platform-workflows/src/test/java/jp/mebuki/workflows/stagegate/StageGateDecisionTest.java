package jp.mebuki.workflows.stagegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every rule of the stage-gate decision table, on a plain in-memory engine. */
@Deployment(resources = StageGateReviewProcess.DECISION_RESOURCE)
class StageGateDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private Map<String, Object> propose(Double technical, Double business, int reworksLeft, boolean skipAllowed) {
        DmnDecisionRuleResult result = engine.getDecisionService()
                .evaluateDecisionTableByKey(StageGateReviewProcess.DECISION_KEY, Variables.createVariables()
                        .putValue("technicalScore", technical)
                        .putValue("businessScore", business)
                        .putValue("reworksLeft", reworksLeft)
                        .putValue("skipAllowed", skipAllowed))
                .getSingleResult();
        return result.getEntryMap();
    }

    @Test
    void proposesGoForGoodTechnicalAndSufficientBusinessResults() {
        assertThat(propose(3.5, 3.0, 2, false)).containsEntry("proposedDecision", "GO")
                .containsEntry("skipToPhase3", false);
        assertThat(propose(4.8, 4.9, 0, false)).containsEntry("proposedDecision", "GO")
                .containsEntry("skipToPhase3", false);
    }

    @Test
    void proposesSkippingToPhase3OnlyWhenExcellentAndAllowed() {
        assertThat(propose(4.5, 4.5, 2, true)).containsEntry("proposedDecision", "GO")
                .containsEntry("skipToPhase3", true);
        assertThat(propose(4.5, 4.4, 2, true)).containsEntry("proposedDecision", "GO")
                .containsEntry("skipToPhase3", false);
    }

    @Test
    void proposesConditionalForPromisingResultsWhileReworksAreLeft() {
        assertThat(propose(3.4, 3.0, 1, false)).containsEntry("proposedDecision", "CONDITIONAL");
        assertThat(propose(2.5, 2.0, 2, false)).containsEntry("proposedDecision", "CONDITIONAL");
        assertThat(propose(4.0, 2.9, 1, false)).containsEntry("proposedDecision", "CONDITIONAL");
    }

    @Test
    void proposesNoGoForPromisingResultsWhenNoReworkIsLeft() {
        assertThat(propose(3.0, 3.0, 0, false)).containsEntry("proposedDecision", "NO_GO");
    }

    @Test
    void proposesNoGoForWeakResults() {
        assertThat(propose(2.4, 4.0, 2, false)).containsEntry("proposedDecision", "NO_GO");
        assertThat(propose(4.0, 1.9, 2, true)).containsEntry("proposedDecision", "NO_GO");
    }

    @Test
    void proposesNoGoWhenNobodyScored() {
        assertThat(propose(null, null, 2, true)).containsEntry("proposedDecision", "NO_GO")
                .containsEntry("skipToPhase3", false);
    }
}
