package jp.mebuki.core.user;

/** Typed id of a {@link UserAccount}. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
