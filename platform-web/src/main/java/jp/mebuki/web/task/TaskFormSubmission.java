package jp.mebuki.web.task;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The values of a generic task's form, by field id: text, whole numbers, booleans, enum ids, dates as yyyy-MM-dd. */
@Schema(name = "TaskFormSubmission")
record TaskFormSubmission(Map<String, Object> values) {
}
