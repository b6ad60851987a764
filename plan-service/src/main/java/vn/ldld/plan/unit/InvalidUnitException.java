package vn.ldld.plan.unit;

/** A unit write breaks a rule of the directory on one field (e.g. an unknown parent). */
public class InvalidUnitException extends RuntimeException {

    private final String field;

    public InvalidUnitException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field of the request at fault. */
    public String field() {
        return field;
    }
}
