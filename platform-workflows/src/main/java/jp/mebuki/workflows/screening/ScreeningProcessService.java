package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.CALL_ID;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/**
 * The applicant's side of the screening process, for the web layer. Each method runs the domain
 * change and the engine's reaction in one transaction: if the process cannot start or continue, the
 * submission or withdrawal is rolled back with it. Exposes no engine types.
 */
@Service
public class ScreeningProcessService {

    private final ApplicationService applications;
    private final RuntimeService runtime;

    ScreeningProcessService(ApplicationService applications, RuntimeService runtime) {
        this.applications = applications;
        this.runtime = runtime;
    }

    /**
     * Submits the application and starts its screening (business key = application id), or, for a
     * resubmission after a revision request, resumes the waiting process with a new review round.
     * A first submission commits as SUBMITTED with its process instance waiting at the async
     * continuation before the eligibility check, so the applicant's request stays short and a failing
     * check becomes a retried job (and an incident), never a lost submission; the job executor of any
     * node carries on at once.
     *
     * @return the application after this transaction: SUBMITTED, or UNDER_REVIEW after a resubmission
     */
    @Transactional
    public Application submit(ApplicationId id, UserId applicant, Actor actor) {
        boolean resubmission = applications.requireOwned(id, applicant).getStatus()
                == ApplicationStatus.REVISION_REQUESTED;
        Application submitted = applications.submit(id, applicant, actor);
        String businessKey = businessKey(id);
        if (resubmission) {
            runtime.createMessageCorrelation(GapFundScreeningProcess.Messages.APPLICATION_RESUBMITTED)
                    .processInstanceBusinessKey(businessKey)
                    .correlate();
        } else {
            runtime.startProcessInstanceByKey(GapFundScreeningProcess.KEY, businessKey, CamundaBpmData.builder()
                    .set(APPLICATION_ID, id.value())
                    .set(CALL_ID, submitted.getCallId().value())
                    .build());
        }
        return applications.require(id);
    }

    /** Withdraws the application and interrupts its screening, if one runs (a draft has none). */
    @Transactional
    public Application withdraw(ApplicationId id, UserId applicant, Actor actor, String reason) {
        applications.withdraw(id, applicant, actor, reason);
        String businessKey = businessKey(id);
        boolean running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(GapFundScreeningProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .count() > 0;
        if (running) {
            try {
                runtime.createMessageCorrelation(GapFundScreeningProcess.Messages.APPLICATION_WITHDRAWN)
                        .processInstanceBusinessKey(businessKey)
                        .correlate();
            } catch (OptimisticLockingException e) {
                // a job of the same screening (e.g. the eligibility check right after the submit) changed it at
                // this moment; the whole withdrawal rolls back and the applicant may simply try again
                throw new ConflictingStateException("screening-busy",
                        "The screening of this application was changing at this moment; please try again.");
            }
        }
        return applications.require(id);
    }

    static String businessKey(ApplicationId id) {
        return GapFundScreeningProcess.businessKeyOf(id.value());
    }
}
