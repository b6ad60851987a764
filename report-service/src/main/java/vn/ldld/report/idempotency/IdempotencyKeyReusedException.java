package vn.ldld.report.idempotency;

import vn.ldld.web.UnprocessableRequestException;

/** The key was used before with another request (another fingerprint): answered 422 naming the header. */
public class IdempotencyKeyReusedException extends UnprocessableRequestException {

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key reused", IdempotencyKey.HEADER, "This Idempotency-Key was used for a different request");
    }
}
