package jp.mebuki.core.stagegate;

/** Typed id of a {@link GateReview}. */
public record GateReviewId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
