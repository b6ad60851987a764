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
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;
import vn.ldld.messaging.inbox.ProcessedEvents;
import vn.ldld.messaging.testing.TestMongo;

/**
 * A batch listener's records: those in a row of one {@link BatchEventHandler} applied together, each event still
 * once, and a record that cannot be read or applied named to the error handler after those before it are applied.
 */
class BatchConsumptionTests {

    static final String TRANSFERRED = "vn.ldld.test.transferred.v1";
    static final String NOTED = "vn.ldld.test.noted.v1";

    record Transfer(String account, int amount) {
    }

    record Note(String text) {
    }

    /** Applies transfers together; one to the account "refused" always fails, alone or with others. */
    static final class Transfers implements BatchEventHandler<Transfer> {

        final List<List<String>> calls = new ArrayList<>();
        final List<String> applied = new ArrayList<>();

        @Override
        public Set<String> types() {
            return Set.of(TRANSFERRED);
        }

        @Override
        public Class<Transfer> payloadType() {
            return Transfer.class;
        }

        @Override
        public void check(Transfer transfer, InboundEvent event) {
            event.require(transfer.account() != null, "an account");
        }

        @Override
        public void handleAll(List<Received<Transfer>> events) {
            List<String> accounts = events.stream().map(received -> received.payload().account()).toList();
            calls.add(accounts);
            if (accounts.contains("refused")) {
                throw new IllegalStateException("the account refused the transfer");
            }
            applied.addAll(accounts);
        }
    }

    static final class Notes implements EventHandler<Note> {

        final List<String> applied = new ArrayList<>();

        @Override
        public Set<String> types() {
            return Set.of(NOTED);
        }

        @Override
        public Class<Note> payloadType() {
            return Note.class;
        }

        @Override
        public void handle(Note note, InboundEvent event) {
            applied.add(note.text());
        }
    }

    private final MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(
            TestMongo.uri("batch-consumption-" + UUID.randomUUID().toString().substring(0, 8))));
    private final ProcessedEvents inbox = new ProcessedEvents(mongo, Clock.systemUTC(), Duration.ofMinutes(1),
            new SimpleMeterRegistry());
    private final Transfers transfers = new Transfers();
    private final Notes notes = new Notes();
    private final EventHandlers handlers = new EventHandlers(List.of(transfers, notes), new EventReader(), inbox);

    @Test
    void eventsInARowOfABatchHandlerAreAppliedTogetherAndEachOnlyOnce() {
        List<ConsumerRecord<String, String>> poll = List.of(transfer("A"), transfer("B"), note("n"), transfer("C"),
                transfer("D"), transfer("E"));

        assertThat(handlers.consumeAll("ledger", poll)).hasSize(6);

        assertThat(transfers.calls).containsExactly(List.of("A", "B"), List.of("C", "D", "E"));
        assertThat(notes.applied).containsExactly("n");
        assertThat(mongo.findAll(Document.class, "processed_events")).hasSize(6)
                .extracting(mark -> mark.getString("state")).containsOnly("DONE");

        // Kafka brings the same poll again: nothing is applied twice
        assertThat(handlers.consumeAll("ledger", poll)).isEmpty();
        assertThat(transfers.applied).containsExactly("A", "B", "C", "D", "E");
        assertThat(notes.applied).containsExactly("n");
    }

    @Test
    void anEventAppliedBeforeBreaksTheRunAndIsNotAppliedAgain() {
        ConsumerRecord<String, String> b = transfer("B");
        assertThat(handlers.consume("ledger", b)).isTrue();

        assertThat(handlers.consumeAll("ledger", List.of(transfer("A"), b, transfer("C"), transfer("D"))))
                .hasSize(3);

        // the run before it together; it skipped; those after it one by one
        assertThat(transfers.calls).containsExactly(List.of("B"), List.of("A"), List.of("C"), List.of("D"));
        assertThat(transfers.applied).containsExactly("B", "A", "C", "D");
        assertThat(mongo.findAll(Document.class, "processed_events")).hasSize(4)
                .extracting(mark -> mark.getString("state")).containsOnly("DONE");
    }

    @Test
    void anUnreadableRecordEndsTheBatchAfterThoseBeforeItAreApplied() {
        ConsumerRecord<String, String> noAccount = record(TRANSFERRED, "{\"amount\":3}");

        assertThatThrownBy(() -> handlers.consumeAll("ledger", List.of(transfer("A"), transfer("B"), noAccount,
                transfer("C")))).isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getRecord()).isSameAs(noAccount);
                    assertThat(failed.getCause()).isInstanceOf(InvalidEventException.class)
                            .hasMessageContaining("lacks an account");
                });

        assertThat(transfers.applied).containsExactly("A", "B");
        assertThat(mongo.findAll(Document.class, "processed_events")).hasSize(2);
    }

    @Test
    void whenApplyingTogetherFailsEachIsAppliedAloneAndTheOneThatFailsIsNamed() {
        ConsumerRecord<String, String> refused = transfer("refused");

        assertThatThrownBy(() -> handlers.consumeAll("ledger", List.of(transfer("A"), refused, transfer("B"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getRecord()).isSameAs(refused);
                    assertThat(failed.getCause()).hasMessage("the account refused the transfer");
                });

        assertThat(transfers.calls).containsExactly(List.of("A", "refused", "B"), List.of("A"), List.of("refused"));
        assertThat(transfers.applied).containsExactly("A");
        // the failed run's marks were taken back: only the event applied since is marked
        assertThat(mongo.findAll(Document.class, "processed_events")).hasSize(1);
    }

    private static ConsumerRecord<String, String> transfer(String account) {
        return record(TRANSFERRED, "{\"account\":\"" + account + "\",\"amount\":1}");
    }

    private static ConsumerRecord<String, String> note(String text) {
        return record(NOTED, "{\"text\":\"" + text + "\"}");
    }

    private static ConsumerRecord<String, String> record(String type, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ledger", 0, 0L, "A", payload);
        new EventMetadata(UUID.randomUUID().toString(), type, "/test", "A", Instant.now(), null)
                .writeTo(record.headers());
        return record;
    }
}
