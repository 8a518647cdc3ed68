package jp.mebuki.core.sbir;

/** Typed id of a research theme. */
public record ThemeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
