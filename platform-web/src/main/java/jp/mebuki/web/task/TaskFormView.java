package jp.mebuki.web.task;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.workflows.task.FormFieldType;

/**
 * The form of a generic task (a user task added in the Modeler with Camunda form fields): what to ask,
 * in the model's order, with the constraints the server checks on completion.
 */
@Schema(name = "TaskForm")
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskFormView(String taskId, String name, Long applicationId, List<FieldView> fields) {

    @Schema(name = "TaskFormField", description = "A form field; min/max for LONG, minLength/maxLength for STRING,"
            + " options for ENUM, dates as yyyy-MM-dd")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldView(String id, String label, FormFieldType type, List<OptionView> options, boolean required,
            boolean readonly, Long min, Long max, Integer minLength, Integer maxLength, String defaultValue) {
    }

    @Schema(name = "TaskFormOption")
    record OptionView(String id, String label) {
    }
}
