package jp.mebuki.workflows.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.TaskFormData;

import jp.mebuki.core.shared.InvalidInputException;

/**
 * Reads the Camunda form fields of a generic task into {@link TaskFormField}s and turns submitted
 * values into typed variables, checking the fields' constraints first so that a refusal names the
 * field (Camunda's own validators run again when the form is submitted).
 */
final class GenericTaskForms {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    private GenericTaskForms() {
    }

    static List<TaskFormField> fieldsOf(TaskFormData form) {
        return form.getFormFields().stream().map(GenericTaskForms::field).toList();
    }

    private static TaskFormField field(FormField field) {
        FormFieldType type = type(field);
        List<TaskFormField.Option> options = List.of();
        if (type == FormFieldType.ENUM) {
            @SuppressWarnings("unchecked")
            Map<String, String> values = (Map<String, String>) field.getType().getInformation("values");
            options = values.entrySet().stream().map(e -> new TaskFormField.Option(e.getKey(), e.getValue())).toList();
        }
        return new TaskFormField(field.getId(), field.getLabel() == null ? field.getId() : field.getLabel(), type,
                options, constraint(field, "required") != null, constraint(field, "readonly") != null,
                number(field, "min"), number(field, "max"), length(field, "minlength"), length(field, "maxlength"),
                text(field.getValue() == null ? null : field.getValue().getValue()));
    }

    private static FormFieldType type(FormField field) {
        String name = field.getTypeName() == null ? "string" : field.getTypeName();
        return switch (name) {
            case "long" -> FormFieldType.LONG;
            case "boolean" -> FormFieldType.BOOLEAN;
            case "enum" -> FormFieldType.ENUM;
            case "date" -> FormFieldType.DATE;
            default -> FormFieldType.STRING;
        };
    }

    private static FormFieldValidationConstraint constraint(FormField field, String name) {
        return field.getValidationConstraints().stream().filter(c -> name.equals(c.getName())).findFirst()
                .orElse(null);
    }

    private static Long number(FormField field, String name) {
        FormFieldValidationConstraint constraint = constraint(field, name);
        return constraint == null || constraint.getConfiguration() == null ? null
                : Long.valueOf(constraint.getConfiguration().toString().trim());
    }

    private static Integer length(FormField field, String name) {
        Long value = number(field, name);
        return value == null ? null : value.intValue();
    }

    private static String text(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
        return value == null ? null : value.toString();
    }

    /**
     * The submitted values as typed variables for {@code FormService.submitTaskForm}: every field's
     * constraints checked, read-only fields left to their current value, unknown names refused.
     */
    static Map<String, Object> variables(List<TaskFormField> fields, Map<String, ?> submitted) {
        Map<String, ?> values = submitted == null ? Map.of() : submitted;
        Set<String> known = new java.util.HashSet<>();
        fields.forEach(f -> known.add(f.id()));
        values.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new InvalidInputException("unknown-field", name, "the form has no field " + name);
        });
        Map<String, Object> variables = new LinkedHashMap<>();
        for (TaskFormField field : fields) {
            Object raw = values.get(field.id());
            if (field.readonly()) {
                if (raw != null && !String.valueOf(raw).equals(field.defaultValue())) {
                    throw new InvalidInputException("read-only", field.id(), field.label() + " cannot be changed");
                }
                continue;
            }
            Object value = convert(field, raw);
            if (value == null) {
                if (field.required()) {
                    throw new InvalidInputException("required", field.id(), field.label() + " is required");
                }
                continue;
            }
            check(field, value);
            variables.put(field.id(), value);
        }
        return variables;
    }

    private static Object convert(TaskFormField field, Object raw) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        String text = String.valueOf(raw).trim();
        return switch (field.type()) {
            case STRING -> raw.toString();
            case LONG -> {
                if (raw instanceof Number number && number.doubleValue() == number.longValue()) {
                    yield number.longValue();
                }
                try {
                    yield Long.valueOf(text);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("not-a-number", field.id(), field.label() + " must be a whole number");
                }
            }
            case BOOLEAN -> {
                String answer = text.toLowerCase(Locale.ROOT);
                if (TRUE.contains(answer)) {
                    yield Boolean.TRUE;
                }
                if (FALSE.contains(answer)) {
                    yield Boolean.FALSE;
                }
                throw new InvalidInputException("not-a-boolean", field.id(), field.label() + " must be true or false");
            }
            case ENUM -> {
                if (field.options().stream().noneMatch(o -> o.id().equals(text))) {
                    throw new InvalidInputException("not-an-option", field.id(),
                            field.label() + " must be one of " + field.options().stream().map(TaskFormField.Option::id).toList());
                }
                yield text;
            }
            case DATE -> {
                try {
                    yield Date.from(LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("not-a-date", field.id(), field.label() + " must be a date (yyyy-MM-dd)");
                }
            }
        };
    }

    private static void check(TaskFormField field, Object value) {
        if (value instanceof Long number) {
            if (field.min() != null && number < field.min()) {
                throw new InvalidInputException("too-small", field.id(), field.label() + " must be at least " + field.min());
            }
            if (field.max() != null && number > field.max()) {
                throw new InvalidInputException("too-large", field.id(), field.label() + " must be at most " + field.max());
            }
        }
        if (value instanceof String text) {
            if (field.minLength() != null && text.length() < field.minLength()) {
                throw new InvalidInputException("too-short", field.id(),
                        field.label() + " needs at least " + field.minLength() + " characters");
            }
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                throw new InvalidInputException("too-long", field.id(),
                        field.label() + " allows at most " + field.maxLength() + " characters");
            }
        }
    }
}
