package jp.mebuki.core.review;

/** Typed id of a {@link Review}. */
public record ReviewId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
