package vn.ldld.report.idempotency;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The keyed requests this instance is processing. A duplicate arriving meanwhile gets
 * {@link RequestInProgressException} instead of waiting. Across instances no marker is needed: the key is stored in
 * the same single write as the report, so once it is visible the outcome is final and a duplicate gets it replayed.
 */
@Component
public class InFlightRequests {

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** Runs {@code work} as the only request in flight with {@code key} (none: runs it). */
    public <T> T exclusively(IdempotencyKey key, Supplier<T> work) {
        if (key == null) {
            return work.get();
        }
        if (!inFlight.add(key.scoped())) {
            throw new RequestInProgressException();
        }
        try {
            return work.get();
        } finally {
            inFlight.remove(key.scoped());
        }
    }
}
