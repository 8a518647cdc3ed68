package jp.mebuki.core.shared;

/**
 * A rule of the domain was broken by the caller's input or by the current state. The web layer turns
 * {@link InvalidInputException} into 400 and {@link ConflictingStateException} into 409, naming
 * {@link #field()} when one is known.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final String code;

    protected DomainException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** A stable machine-readable code, e.g. {@code amount-over-cap}. */
    public String code() {
        return code;
    }

    /** The input field at fault, or {@code null} when the problem is not one field's. */
    public String field() {
        return field;
    }
}
