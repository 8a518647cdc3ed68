package jp.mebuki.workflows.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.shared.InvalidInputException;

/** Submitted values of a generic form become typed variables, or a refusal naming the field. */
class GenericTaskFormsTest {

    private static final List<TaskFormField> FIELDS = List.of(
            new TaskFormField("plausible", "Plausible", FormFieldType.BOOLEAN, List.of(), true, false, null, null, null,
                    null, null),
            new TaskFormField("cost", "Cost", FormFieldType.LONG, List.of(), true, false, 0L, 100L, null, null, null),
            new TaskFormField("basis", "Basis", FormFieldType.ENUM,
                    List.of(new TaskFormField.Option("QUOTES", "Quotes")), false, false, null, null, null, null, null),
            new TaskFormField("note", "Note", FormFieldType.STRING, List.of(), false, false, null, null, 3, 10, null),
            new TaskFormField("on", "On", FormFieldType.DATE, List.of(), false, false, null, null, null, null, null),
            new TaskFormField("version", "Version", FormFieldType.STRING, List.of(), false, true, null, null, null, null,
                    "v1"));

    @Test
    void convertsEveryTypeAndLeavesReadOnlyFieldsOut() {
        Map<String, Object> variables = GenericTaskForms.variables(FIELDS, Map.of("plausible", "on", "cost", "42",
                "basis", "QUOTES", "note", "fine", "on", "2026-11-25", "version", "v1"));

        assertThat(variables).containsEntry("plausible", true).containsEntry("cost", 42L).containsEntry("basis", "QUOTES")
                .containsEntry("note", "fine").doesNotContainKey("version");
        assertThat(variables.get("on")).isEqualTo(
                Date.from(LocalDate.of(2026, 11, 25).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        assertThat(GenericTaskForms.variables(FIELDS, Map.of("plausible", false, "cost", 7)))
                .containsOnly(Map.entry("plausible", false), Map.entry("cost", 7L));
    }

    @Test
    void refusesEachBrokenConstraintNamingTheField() {
        assertRefused(Map.of("cost", "1"), "plausible", "required");
        assertRefused(valid("cost", "lots"), "cost", "not-a-number");
        assertRefused(valid("cost", 101), "cost", "too-large");
        assertRefused(valid("cost", -1), "cost", "too-small");
        assertRefused(valid("plausible", "maybe"), "plausible", "not-a-boolean");
        assertRefused(valid("basis", "GUESS"), "basis", "not-an-option");
        assertRefused(valid("note", "ab"), "note", "too-short");
        assertRefused(valid("note", "far too long"), "note", "too-long");
        assertRefused(valid("on", "25/11/2026"), "on", "not-a-date");
        assertRefused(valid("version", "v2"), "version", "read-only");
        assertRefused(valid("approver", "x"), "approver", "unknown-field");
    }

    private static Map<String, Object> valid(String field, Object value) {
        Map<String, Object> values = new HashMap<>(Map.of("plausible", true, "cost", 5));
        values.put(field, value);
        return values;
    }

    private static void assertRefused(Map<String, Object> values, String field, String code) {
        assertThatThrownBy(() -> GenericTaskForms.variables(FIELDS, values)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                });
    }
}
