package jp.mebuki.core.programme;

/** Typed id of a {@link Call}. */
public record CallId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
