package vn.ldld.bench;

import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a run's requests got back, counted: the answers per HTTP status, the requests that got none because the
 * connection failed (refused, reset, closed), and those that got none in time.
 */
public final class Answers {

    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger connectionFailures = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();

    void status(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    /** Counts a request that got no answer, as a timeout or as a connection failure. */
    void noAnswer(Exception failure) {
        if (failure instanceof HttpTimeoutException) {
            timeouts.incrementAndGet();
        } else {
            connectionFailures.incrementAndGet();
        }
    }

    /** @return requests sent: answered, whatever the status, or not */
    public int requests() {
        return connectionFailures.get() + timeouts.get()
                + statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int count(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    /** @return requests answered with another status than {@code expected}, or not answered */
    public int otherThan(int expected) {
        int others = connectionFailures.get() + timeouts.get();
        for (Map.Entry<Integer, AtomicInteger> entry : statuses.entrySet()) {
            if (entry.getKey() != expected) {
                others += entry.getValue().get();
            }
        }
        return others;
    }

    /** @return e.g. {@code 201: 480, 503: 12, connection failed: 30, timed out: 2} */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ");
        new TreeMap<>(statuses).forEach((status, count) -> text.add(status + ": " + count.get()));
        if (connectionFailures.get() > 0) {
            text.add("connection failed: " + connectionFailures.get());
        }
        if (timeouts.get() > 0) {
            text.add("timed out: " + timeouts.get());
        }
        return text.length() == 0 ? "none" : text.toString();
    }
}
