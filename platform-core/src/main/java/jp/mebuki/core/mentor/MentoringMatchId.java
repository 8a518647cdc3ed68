package jp.mebuki.core.mentor;

/** Typed id of a {@link MentoringMatch}. */
public record MentoringMatchId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
