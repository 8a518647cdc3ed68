package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.APPLICATION_ID;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.REVIEW_COUNT;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.SCORE_SPREAD;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.WEIGHTED_MEAN_SCORE;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.review.ScoreSummary;

/**
 * {@code ServiceTaskComputeScores}, after the slots join. It runs as an async-before job so that the
 * job executor retries the join's optimistic-locking conflicts instead of a reviewer's request failing.
 */
@Component("computeScores")
class ComputeScoresDelegate implements JavaDelegate {

    private final ReviewService reviews;
    private final ApplicationService applications;

    ComputeScoresDelegate(ReviewService reviews, ApplicationService applications) {
        this.reviews = reviews;
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationId id = new ApplicationId(APPLICATION_ID.from(execution).get());
        ScoreSummary summary = reviews.summarize(id);
        applications.awaitDecision(id, summary.weightedMean(), summary.spread(), summary.reviewCount());
        WEIGHTED_MEAN_SCORE.on(execution).set(toDouble(summary.weightedMean()));
        SCORE_SPREAD.on(execution).set(toDouble(summary.spread()));
        REVIEW_COUNT.on(execution).set(summary.reviewCount());
    }

    /** Null when no review came in (every slot unfilled): the PM then decides without scores. */
    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
