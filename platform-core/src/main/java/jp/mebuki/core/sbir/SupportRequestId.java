package jp.mebuki.core.sbir;

/** Typed id of a hands-on support request. */
public record SupportRequestId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
