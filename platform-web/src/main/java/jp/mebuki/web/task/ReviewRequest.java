package jp.mebuki.web.task;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.review.Recommendation;

/**
 * A review: a score for every criterion of the call's rubric (1 to the criterion's maxScore), a
 * comment and a recommendation. Checked against the rubric by the domain (400 naming {@code scores.X}).
 */
@Schema(name = "Review")
record ReviewRequest(
        @Schema(description = "criterion code → score, e.g. {\"TECHNOLOGY\": 4, …}") Map<String, Integer> scores,
        String comment,
        Recommendation recommendation) {
}
