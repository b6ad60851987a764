package vn.ldld.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import vn.ldld.messaging.testing.TestMongo;

/** The relay's lease, with a clock the test moves and the store's commands counted. */
class RelayLeaseTests {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final AtomicInteger leaseCommands = new AtomicInteger();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(TestMongo.uri("relay-lease")))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommand().containsKey(event.getCommandName())
                            && RelayLease.COLLECTION.equals(event.getCommand().get(event.getCommandName())
                            .asString().getValue())) {
                        leaseCommands.incrementAndGet();
                    }
                }
            }).build());
    private final MongoTemplate mongo = new MongoTemplate(client, "relay-lease");
    private Instant now = Instant.parse("2026-12-05T01:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final String collection = "reports-" + UUID.randomUUID();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anInstanceThatFindsTheLeaseHeldAsksTheStoreAgainOnlyAfterItsPause() {
        RelayLease holder = lease("report-service-0");
        RelayLease other = lease("report-service-1");
        assertThat(holder.acquire(collection)).isTrue();
        assertThat(other.acquire(collection)).isFalse();
        int commands = leaseCommands.get();

        // woken by each write of its own within the pause: no question to the store
        for (int i = 0; i < 100; i++) {
            assertThat(other.acquire(collection)).isFalse();
        }
        assertThat(leaseCommands).hasValue(commands);

        now = now.plus(RETRY_AFTER);
        assertThat(other.acquire(collection)).isFalse();
        assertThat(leaseCommands).hasValue(commands + 1);
    }

    @Test
    void aLeaseGivenUpIsTakenOverAfterThePauseAndOneRunOutAfterItsEnd() {
        RelayLease holder = lease("report-service-0");
        RelayLease other = lease("report-service-1");
        assertThat(holder.acquire(collection)).isTrue();
        assertThat(other.acquire(collection)).isFalse();

        holder.release(collection);
        assertThat(other.acquire(collection)).isFalse();
        now = now.plus(RETRY_AFTER);
        assertThat(other.acquire(collection)).isTrue();

        // the new holder dies without giving it back: the first instance takes it once it has run out
        now = now.plus(LEASE);
        assertThat(holder.acquire(collection)).isFalse();
        now = now.plus(RETRY_AFTER);
        assertThat(holder.acquire(collection)).isTrue();
    }

    private RelayLease lease(String owner) {
        return new RelayLease(mongo, clock, LEASE, RETRY_AFTER, owner);
    }
}
