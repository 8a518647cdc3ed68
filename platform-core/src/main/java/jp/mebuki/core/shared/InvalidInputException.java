package jp.mebuki.core.shared;

/** Input that can never be accepted as it is (HTTP 400). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String code, String field, String message) {
        super(code, field, message);
    }
}
