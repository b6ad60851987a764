package vn.ldld.report.idempotency;

import java.time.Duration;

import vn.ldld.web.ConflictException;

/** A request with the same key is being processed right now: answered 409 with {@code Retry-After}. */
public class RequestInProgressException extends ConflictException {

    public RequestInProgressException() {
        super("Request in progress", IdempotencyKey.HEADER,
                "A request with this Idempotency-Key is being processed; retry later");
        tryAgainAfter(Duration.ofSeconds(1));
    }
}
