package jp.mebuki.workflows.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The eligibility table administrators maintain, on a plain in-memory engine. */
@Deployment(resources = "bpmn/gap-fund-eligibility.dmn")
class GapFundEligibilityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private List<Object> reasons(boolean institutionParticipates, boolean withinCallWindow, boolean amountWithinCap,
            boolean requiredFieldsPresent) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey(GapFundScreeningProcess.ELIGIBILITY_DECISION_KEY, Variables.createVariables()
                        .putValue("institutionParticipates", institutionParticipates)
                        .putValue("withinCallWindow", withinCallWindow)
                        .putValue("amountWithinCap", amountWithinCap)
                        .putValue("requiredFieldsPresent", requiredFieldsPresent))
                .collectEntries("reason");
    }

    @Test
    void findsNoReasonWhenEveryFactHolds() {
        assertThat(reasons(true, true, true, true)).isEmpty();
    }

    @Test
    void refusesAnInstitutionThatDoesNotParticipate() {
        assertThat(reasons(false, true, true, true)).containsExactly("INSTITUTION_NOT_PARTICIPATING");
    }

    @Test
    void refusesASubmissionOutsideTheCallWindow() {
        assertThat(reasons(true, false, true, true)).containsExactly("OUTSIDE_CALL_WINDOW");
    }

    @Test
    void refusesAnAmountOverTheCap() {
        assertThat(reasons(true, true, false, true)).containsExactly("AMOUNT_OVER_CAP");
    }

    @Test
    void refusesAnApplicationWithMissingRequiredFields() {
        assertThat(reasons(true, true, true, false)).containsExactly("REQUIRED_FIELDS_MISSING");
    }

    @Test
    void collectsEveryReasonWhenSeveralFactsFail() {
        assertThat(reasons(false, true, false, false))
                .containsExactly("INSTITUTION_NOT_PARTICIPATING", "AMOUNT_OVER_CAP", "REQUIRED_FIELDS_MISSING");
        assertThat(reasons(false, false, false, false)).hasSize(4);
    }
}
