package vn.ldld.report.idempotency;

/** A request with the same key is being processed right now: answered 409, the client retries later. */
public class RequestInProgressException extends RuntimeException {

    public RequestInProgressException() {
        super("A request with this Idempotency-Key is being processed; retry later");
    }
}
