package vn.ldld.report.idempotency;

/** The key was used before with another request (another fingerprint): answered 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for a different request");
    }
}
