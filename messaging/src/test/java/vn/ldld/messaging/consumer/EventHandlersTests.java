package vn.ldld.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.messaging.testing.TestMongo;

/** Dispatch by CloudEvents type, checks before any effect, unknown types skipped, each event once. */
class EventHandlersTests {

    static final String DEPOSITED = "vn.ldld.test.deposited.v1";
    static final String CORRECTED = "vn.ldld.test.corrected.v1";
    static final String WITHDRAWN = "vn.ldld.test.withdrawn.v1";

    record Deposit(String account, int amount) {
    }

    record Withdrawal(String account, int amount) {
    }

    /** Deposits and their corrections: one handler for two types. */
    static final class Deposits implements EventHandler<Deposit> {

        final List<String> applied = new ArrayList<>();

        @Override
        public Set<String> types() {
            return Set.of(DEPOSITED, CORRECTED);
        }

        @Override
        public Class<Deposit> payloadType() {
            return Deposit.class;
        }

        @Override
        public void check(Deposit deposit, InboundEvent event) {
            event.require(deposit.account() != null, "an account");
            event.require(deposit.amount() > 0, "a positive amount");
        }

        @Override
        public void handle(Deposit deposit, InboundEvent event) {
            applied.add(event.type() + " " + deposit.account() + " " + deposit.amount());
        }
    }

    static final class Withdrawals implements EventHandler<Withdrawal> {

        final List<Withdrawal> applied = new ArrayList<>();

        @Override
        public Set<String> types() {
            return Set.of(WITHDRAWN);
        }

        @Override
        public Class<Withdrawal> payloadType() {
            return Withdrawal.class;
        }

        @Override
        public void handle(Withdrawal withdrawal, InboundEvent event) {
            applied.add(withdrawal);
        }
    }

    private final MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(
            TestMongo.uri("event-handlers-" + UUID.randomUUID().toString().substring(0, 8))));
    private final ProcessedEvents inbox = new ProcessedEvents(mongo, Clock.systemUTC(), Duration.ofMinutes(1),
            new SimpleMeterRegistry());
    private final Deposits deposits = new Deposits();
    private final Withdrawals withdrawals = new Withdrawals();
    private final EventHandlers handlers = new EventHandlers(List.of(deposits, withdrawals), new EventReader(), inbox);
    private final Logger log = (Logger) LoggerFactory.getLogger(EventHandlers.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void detachLog() {
        log.detachAppender(logged);
    }

    @Test
    void eachEventGoesToTheHandlerOfItsType() {
        assertThat(handlers.types()).containsExactlyInAnyOrder(DEPOSITED, CORRECTED, WITHDRAWN);

        assertThat(handlers.consume("ledger", record(DEPOSITED, "{\"account\":\"A\",\"amount\":5}"))).isTrue();
        assertThat(handlers.consume("ledger", record(WITHDRAWN, "{\"account\":\"A\",\"amount\":2}"))).isTrue();
        assertThat(handlers.consume("ledger", record(CORRECTED, "{\"account\":\"A\",\"amount\":4}"))).isTrue();

        assertThat(deposits.applied).containsExactly(DEPOSITED + " A 5", CORRECTED + " A 4");
        assertThat(withdrawals.applied).containsExactly(new Withdrawal("A", 2));
    }

    @Test
    void anEventIsAppliedOncePerConsumerWhateverKafkaRedelivers() {
        ConsumerRecord<String, String> deposit = record(DEPOSITED, "{\"account\":\"A\",\"amount\":5}");

        assertThat(handlers.consume("ledger", deposit)).isTrue();
        assertThat(handlers.consume("ledger", deposit)).isFalse();
        assertThat(handlers.consume("audit", deposit)).isTrue();

        assertThat(deposits.applied).hasSize(2);
    }

    @Test
    void aTypeWithoutAHandlerIsSkippedUnmarkedAndLoggedOnce() {
        assertThat(handlers.consume("ledger", record("vn.ldld.test.audited.v1", "{}"))).isFalse();
        assertThat(handlers.consume("ledger", record("vn.ldld.test.audited.v1", "{\"any\":1}"))).isFalse();
        assertThat(handlers.apply(EventReaderTests.event("vn.ldld.test.audited.v2", "e-9", "not even json")))
                .isFalse();

        assertThat(deposits.applied).isEmpty();
        assertThat(mongo.findAll(Document.class, "processed_events")).isEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Events of a type this service does not handle are skipped",
                        "Events of a type this service does not handle are skipped");
        assertThat(logged.list).flatExtracting(ILoggingEvent::getKeyValuePairs)
                .filteredOn(pair -> pair.key.equals("eventType")).extracting(pair -> pair.value)
                .containsExactly("vn.ldld.test.audited.v1", "vn.ldld.test.audited.v2");
    }

    @Test
    void anEventFailingItsChecksIsInvalidWithItsReasonAndNothingIsApplied() {
        ConsumerRecord<String, String> noAccount = record(DEPOSITED, "{\"amount\":5}");
        ConsumerRecord<String, String> noAmount = record(DEPOSITED, "{\"account\":\"A\",\"amount\":null}");

        assertThatThrownBy(() -> handlers.consume("ledger", noAccount)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining(DEPOSITED).hasMessageContaining("lacks an account");
        assertThatThrownBy(() -> handlers.consume("ledger", noAmount)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("lacks a positive amount");
        assertThatThrownBy(() -> handlers.consume("ledger", record(WITHDRAWN, "{\"amount\":\"two\"}")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable");

        assertThat(deposits.applied).isEmpty();
        assertThat(withdrawals.applied).isEmpty();
        assertThat(mongo.findAll(Document.class, "processed_events")).isEmpty();
    }

    @Test
    void aRecordThatIsNoCloudEventIsInvalid() {
        ConsumerRecord<String, String> bare = new ConsumerRecord<>("deposits", 0, 0L, "A", "{\"amount\":5}");

        assertThatThrownBy(() -> handlers.consume("ledger", bare)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void prepareReadsAndChecksButAppliesNothingYet() {
        var effect = handlers.prepare(EventReaderTests.event(DEPOSITED, "e-1", "{\"account\":\"A\",\"amount\":1}"));

        assertThat(effect).isPresent();
        assertThat(deposits.applied).isEmpty();
        effect.get().run();
        assertThat(deposits.applied).containsExactly(DEPOSITED + " A 1");
    }

    @Test
    void twoHandlersForOneTypeAreRefused() {
        assertThatThrownBy(() -> new EventHandlers(List.of(deposits, new Deposits()), new EventReader(), inbox))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two handlers for");
    }

    private static ConsumerRecord<String, String> record(String type, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("deposits", 0, 0L, "A", payload);
        new EventMetadata(UUID.randomUUID().toString(), type, "/test", "A", Instant.now(), null)
                .writeTo(record.headers());
        return record;
    }
}
