package jp.mebuki.web.mentoring;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session the mentor held with the team; {@code heldOn} defaults to today. */
@Schema(name = "SessionLogInput")
record SessionLogRequest(LocalDate heldOn, String summary) {
}
