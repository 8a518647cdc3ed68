package jp.mebuki.core.review;

/** Typed id of a {@link ReviewAssignment}. */
public record ReviewAssignmentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
