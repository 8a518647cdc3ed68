package jp.mebuki.core.shared;

/** Input that is well-formed but not allowed in the current state, e.g. a second submit (HTTP 409). */
public class ConflictingStateException extends DomainException {

    public ConflictingStateException(String code, String message) {
        super(code, null, message);
    }
}
