package jp.mebuki.web.task;

import io.swagger.v3.oas.annotations.media.Schema;

/** A short evaluation at the end of mentoring: rating 1–5 and a comment. */
@Schema(name = "MentoringEvaluationInput")
record MentoringEvaluationRequest(Integer rating, String comment) {
}
