package vn.ldld.report.idempotency;

/** The {@code Idempotency-Key} header is not 1 to 255 printable characters (optionally in double quotes). */
public class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException() {
        super("must be 1 to 255 printable ASCII characters, as a quoted string");
    }
}
