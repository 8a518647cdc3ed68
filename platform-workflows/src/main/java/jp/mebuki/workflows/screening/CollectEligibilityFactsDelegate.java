package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.AMOUNT_WITHIN_CAP;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.INSTITUTION_PARTICIPATES;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.REQUIRED_FIELDS_PRESENT;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.WITHIN_CALL_WINDOW;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.EligibilityFacts;

/** {@code ServiceTaskCollectEligibilityFacts}: the domain computes the facts, the DMN table judges them. */
@Component("collectEligibilityFacts")
class CollectEligibilityFactsDelegate implements JavaDelegate {

    private final ApplicationService applications;

    CollectEligibilityFactsDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EligibilityFacts facts = applications.eligibilityFacts(new ApplicationId(APPLICATION_ID.from(execution).get()));
        INSTITUTION_PARTICIPATES.on(execution).set(facts.institutionParticipates());
        WITHIN_CALL_WINDOW.on(execution).set(facts.withinCallWindow());
        AMOUNT_WITHIN_CAP.on(execution).set(facts.amountWithinCap());
        REQUIRED_FIELDS_PRESENT.on(execution).set(facts.requiredFieldsPresent());
    }
}
