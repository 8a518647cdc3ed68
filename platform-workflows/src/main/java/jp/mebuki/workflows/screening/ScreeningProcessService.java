package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.CALL_ID;

import java.time.Duration;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserId;
import jp.mebuki.workflows.config.ConcurrentChanges;

/**
 * The applicant's side of the screening process, for the web layer. Each method runs the domain
 * change and the engine's reaction in one transaction: if the process cannot start or continue, the
 * submission or withdrawal is rolled back with it. Exposes no engine types.
 */
@Service
public class ScreeningProcessService {

    private static final Logger log = LoggerFactory.getLogger(ScreeningProcessService.class);

    /** How often a withdrawal that lost a race with its own screening is tried in all. */
    static final int WITHDRAWAL_ATTEMPTS = 4;

    private final ApplicationService applications;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final RetryTemplate afterLostRace;

    ScreeningProcessService(ApplicationService applications, RuntimeService runtime,
            PlatformTransactionManager transactions) {
        this.applications = applications;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
        // only lost races are tried again, as the web layer tells them apart for its 409 (the engine's optimistic
        // lock, a versioned row changed in between); a refusal by the domain (already decided, not the owner) is final
        this.afterLostRace = RetryTemplate.builder()
                .maxAttempts(WITHDRAWAL_ATTEMPTS)
                .exponentialBackoff(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), true)
                .retryOn(ConcurrentChanges::isConcurrentChange)
                .withListener(new RetryListener() {
                    @Override
                    public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback,
                            Throwable failure) {
                        log.info("a withdrawal lost a race with its screening (attempt {} of {}), rolled back: {}",
                                context.getRetryCount(), WITHDRAWAL_ATTEMPTS, failure.toString());
                    }
                })
                .build();
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

    /**
     * Withdraws the application and interrupts its screening, if one runs (a draft has none). A job of the
     * same screening may change it at this very moment (the eligibility check right after the submit, a
     * review timer): the withdrawal then loses the engine's optimistic lock or the application's version
     * check and rolls back whole, and is tried again in a new transaction on the state the job left, up to
     * {@value #WITHDRAWAL_ATTEMPTS} times in all, a short random pause apart, so the applicant does not see
     * the race. Only if every attempt loses does the caller get the concurrent change (a 409 that says
     * "try again"). Inside a transaction the caller already holds, it runs once: a transaction that lost
     * the race is rolled back and cannot be tried again.
     */
    public Application withdraw(ApplicationId id, UserId applicant, Actor actor, String reason) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return withdrawOnce(id, applicant, actor, reason);
        }
        return afterLostRace.execute(attempt -> transaction.execute(status -> withdrawOnce(id, applicant, actor, reason)));
    }

    private Application withdrawOnce(ApplicationId id, UserId applicant, Actor actor, String reason) {
        applications.withdraw(id, applicant, actor, reason);
        String businessKey = businessKey(id);
        boolean running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(GapFundScreeningProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .count() > 0;
        if (running) {
            runtime.createMessageCorrelation(GapFundScreeningProcess.Messages.APPLICATION_WITHDRAWN)
                    .processInstanceBusinessKey(businessKey)
                    .correlate();
        }
        return applications.require(id);
    }

    static String businessKey(ApplicationId id) {
        return GapFundScreeningProcess.businessKeyOf(id.value());
    }
}
