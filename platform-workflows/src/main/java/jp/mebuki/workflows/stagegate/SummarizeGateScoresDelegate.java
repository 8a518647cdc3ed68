package jp.mebuki.workflows.stagegate;

import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.BUSINESS_SCORE;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.GATE_REVIEW_ID;
import static jp.mebuki.workflows.stagegate.StageGateReviewProcess.TECHNICAL_SCORE;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.stagegate.GateReviewId;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.stagegate.StageGateService.GateScores;

/** {@code ServiceTaskSummarizeGateScores} (async before, after the slots join): the decision table's inputs. */
@Component("summarizeGateScores")
class SummarizeGateScoresDelegate implements JavaDelegate {

    private final StageGateService gates;

    SummarizeGateScoresDelegate(StageGateService gates) {
        this.gates = gates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GateScores scores = gates.scoresOf(new GateReviewId(GATE_REVIEW_ID.from(execution).get()));
        TECHNICAL_SCORE.on(execution).set(toDouble(scores.technical()));
        BUSINESS_SCORE.on(execution).set(toDouble(scores.business()));
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
