package vn.ldld.notification;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import vn.ldld.notification.report.ReportEventsListener;

/**
 * Counts the commands the service sends to its store, by collection and command name, as the driver's command
 * metrics ({@code mongodb_driver_commands_seconds_count}) do in production. Only the commands of the test's own
 * thread, of the report events' consumers and of the inbox's done marks count: the outbox relay's scans, which run on their own whatever the
 * service does, the other consumers (still applying what an earlier test published), and the driver's own
 * handshakes are left out.
 */
public final class StoreCommands implements CommandListener {

    private static final Set<String> NOT_COUNTED = Set.of("hello", "ismaster", "ping", "buildinfo", "endsessions",
            "saslstart", "saslcontinue", "killcursors");

    /** The thread of messaging's inbox that writes the events' done marks, several at once. */
    private static final String DONE_MARKS = "inbox-done-marks";

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final ThreadLocal<Boolean> uncounted = ThreadLocal.withInitial(() -> false);
    private volatile boolean counting;
    private volatile Thread test;

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Thread thread = Thread.currentThread();
        if (!counting || uncounted.get() || NOT_COUNTED.contains(event.getCommandName().toLowerCase())
                || thread != test && !thread.getName().startsWith(ReportEventsListener.CONTAINER)
                && !thread.getName().equals(DONE_MARKS)) {
            return;
        }
        counts.computeIfAbsent(collectionOf(event.getCommand(), event.getCommandName()) + " " + event.getCommandName(),
                key -> new AtomicInteger()).incrementAndGet();
    }

    private static String collectionOf(BsonDocument command, String name) {
        BsonValue value = "getMore".equals(name) ? command.get("collection") : command.get(name);
        return value != null && value.isString() ? value.asString().getValue() : "?";
    }

    /** What {@code query} returns, its own commands not counted (a test looking at the store). */
    public <T> T uncounted(java.util.function.Supplier<T> query) {
        uncounted.set(true);
        try {
            return query.get();
        } finally {
            uncounted.set(false);
        }
    }

    /** Forgets what was counted and counts from now on (this thread, the report events' consumers, the done marks). */
    public void start() {
        counts.clear();
        test = Thread.currentThread();
        counting = true;
    }

    /** Stops counting; returns the commands counted since {@link #start}, by "collection command". */
    public Map<String, Integer> stop() {
        counting = false;
        Map<String, Integer> counted = new TreeMap<>();
        counts.forEach((key, count) -> counted.put(key, count.get()));
        return counted;
    }

    /** Adds the counter to the service's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        StoreCommands storeCommands() {
            return new StoreCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeCommandsListener(StoreCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
