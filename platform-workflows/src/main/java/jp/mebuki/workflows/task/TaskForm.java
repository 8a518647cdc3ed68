package jp.mebuki.workflows.task;

import java.util.List;

/** A generic task and the fields of its form, in the model's order. */
public record TaskForm(WorkTask task, List<TaskFormField> fields) {
}
