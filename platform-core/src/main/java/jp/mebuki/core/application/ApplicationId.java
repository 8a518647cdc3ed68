package jp.mebuki.core.application;

/** Typed id of an {@link Application}. */
public record ApplicationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
