package jp.mebuki.core.decision;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.user.UserId;

/**
 * Records a PM's decision, moves the application to the resulting status and audits it. The bean has
 * an explicit name because the embedded Camunda engine registers its own {@code decisionService}.
 */
@Service("screeningDecisionService")
public class DecisionService {

    private final Decisions decisions;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final Clock clock;

    DecisionService(Decisions decisions, ApplicationService applications, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Decision decide(ApplicationId applicationId, UserId pm, Actor actor, DecisionOutcome outcome, String reason) {
        if (outcome == null) {
            throw new InvalidInputException("required", "outcome",
                    "outcome is required (ADOPT, REJECT or REQUEST_REVISION)");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("required", "reason", "a decision needs a reason");
        }
        if (reason.length() > 4000) {
            throw new InvalidInputException("too-long", "reason", "reason must be at most 4000 characters");
        }
        Application application = applications.applyDecision(applicationId, outcome.resultingStatus(), actor,
                reason.strip());
        Decision decision = decisions.save(new Decision(null, applicationId, application.getReviewRound(), outcome,
                reason.strip(), pm, clock.instant(), application.getWeightedMeanScore(), application.getScoreSpread()));
        audit.record(actor, "DECISION_MADE", ApplicationService.AUDIT_SUBJECT, applicationId.value(),
                outcome + ": " + reason.strip() + " (weighted mean " + application.getWeightedMeanScore()
                        + ", spread " + application.getScoreSpread() + ")");
        return decision;
    }

    @Transactional(readOnly = true)
    public List<Decision> decisionsOn(ApplicationId applicationId) {
        return decisions.findByApplicationIdOrderByIdAsc(applicationId);
    }
}
