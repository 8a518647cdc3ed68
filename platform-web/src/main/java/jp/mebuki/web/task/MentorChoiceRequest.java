package jp.mebuki.web.task;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A PM's answer on a mentor proposal or a team without an eligible mentor: {@code mentorId} chooses a
 * mentor (a reason is then required); without it the proposal is confirmed as it is, or the mentoring
 * closed (with a reason).
 */
@Schema(name = "MentorChoiceInput")
record MentorChoiceRequest(Long mentorId, String reason) {
}
