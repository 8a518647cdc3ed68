package jp.mebuki.core.programme;

/** Typed id of a {@link Programme}. */
public record ProgrammeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
