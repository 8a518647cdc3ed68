package jp.mebuki.core.stagegate;

/** Typed id of a {@link GateAssignment}. */
public record GateAssignmentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
