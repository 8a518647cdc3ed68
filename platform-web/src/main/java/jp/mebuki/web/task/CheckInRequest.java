package jp.mebuki.web.task;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** The session of a due check-in; {@code heldOn} defaults to today. */
@Schema(name = "CheckInInput")
record CheckInRequest(LocalDate heldOn, String summary) {
}
