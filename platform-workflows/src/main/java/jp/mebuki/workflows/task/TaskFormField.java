package jp.mebuki.workflows.task;

import java.util.List;

/**
 * One field of a generic task's form, as defined in the Modeler ({@code camunda:formField} with its
 * {@code camunda:validation} constraints), without engine types.
 *
 * @param options      the choices of an {@link FormFieldType#ENUM} field (id and label), else empty
 * @param min          lowest allowed value of a {@link FormFieldType#LONG} field, or {@code null}
 * @param max          highest allowed value of a {@link FormFieldType#LONG} field, or {@code null}
 * @param minLength    shortest allowed text, or {@code null}
 * @param maxLength    longest allowed text, or {@code null}
 * @param defaultValue the current or default value as text (dates ISO {@code yyyy-MM-dd}), or {@code null}
 */
public record TaskFormField(String id, String label, FormFieldType type, List<Option> options, boolean required,
        boolean readonly, Long min, Long max, Integer minLength, Integer maxLength, String defaultValue) {

    /** A choice of an enum field. */
    public record Option(String id, String label) {
    }
}
