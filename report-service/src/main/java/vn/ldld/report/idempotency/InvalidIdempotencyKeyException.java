package vn.ldld.report.idempotency;

import vn.ldld.web.InvalidRequestException;

/** The {@code Idempotency-Key} header is not 1 to 255 printable characters (optionally in double quotes). */
public class InvalidIdempotencyKeyException extends InvalidRequestException {

    public InvalidIdempotencyKeyException() {
        super(IdempotencyKey.HEADER, "must be 1 to 255 printable ASCII characters, as a quoted string");
    }
}
