package vn.ldld.web;

/** Thrown by a feature when a request breaks a rule across fields; answered with a 400 problem naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
