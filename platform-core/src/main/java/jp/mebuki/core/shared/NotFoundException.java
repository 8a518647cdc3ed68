package jp.mebuki.core.shared;

/**
 * Nothing the caller may see exists under that id. Also thrown when the thing exists but belongs to
 * someone else, so that ids of other people's data are not revealed (HTTP 404).
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", null, what + " " + id + " not found");
    }
}
