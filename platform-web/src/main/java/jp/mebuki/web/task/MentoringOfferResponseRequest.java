package jp.mebuki.web.task;

import io.swagger.v3.oas.annotations.media.Schema;

/** A mentor's answer to a mentoring offer; a reason is required to decline. */
@Schema(name = "MentoringOfferResponseInput")
record MentoringOfferResponseRequest(boolean accept, String reason) {
}
