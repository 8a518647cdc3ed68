package jp.mebuki.workflows.guard;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/**
 * One reason to refuse a deployment: the file, the element (when there is one) and what is wrong. It is a
 * Camunda {@link Problem}, so that the engine REST API reports it in the {@code details} of its 400 answer.
 */
record Violation(String resource, String elementId, String reason, int line, int column) implements Problem {

    static Violation of(String resource, String elementId, String reason) {
        return new Violation(resource, elementId, reason, 0, 0);
    }

    /** The sentence shown to the administrator: file, element, reason. */
    String describe() {
        StringBuilder text = new StringBuilder(resource);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (elementId != null) {
            text.append(", element '").append(elementId).append('\'');
        }
        return text.append(": ").append(reason).toString();
    }

    @Override
    public String getMessage() {
        return describe();
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}
