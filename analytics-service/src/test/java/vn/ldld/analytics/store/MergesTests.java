package vn.ldld.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.analytics.ReadModels;

class MergesTests {

    @Document("tallies")
    record Tally(@Id String id, long seq, int count) implements Sequenced<Tally> {

        @Override
        public Tally withSeq(long seq) {
            return new Tally(id, seq, count);
        }
    }

    @Test
    void concurrentWritersOfOneDocumentLoseNoChange() throws Exception {
        ReadModels models = new ReadModels();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                done.add(writers.submit(() -> Merges.merge(models.mongo, Tally.class, "t",
                        current -> current == null ? new Tally("t", 0, 1)
                                : new Tally("t", current.seq(), current.count() + 1))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }

        Tally tally = models.mongo.findById("t", Tally.class);
        assertThat(tally.count()).isEqualTo(60);
        assertThat(tally.seq()).isEqualTo(60);
    }

    @Test
    void aDocumentExpectedNewIsInsertedAndOneAlreadyThereIsMergedWithoutLosingAChange() throws Exception {
        ReadModels models = new ReadModels();
        Tally first = Merges.mergeNew(models.mongo, Tally.class, "t", MergesTests::counted);
        assertThat(first).isEqualTo(new Tally("t", 1, 1));

        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(writers.submit(() -> Merges.mergeNew(models.mongo, Tally.class, "t", MergesTests::counted)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(models.mongo.findById("t", Tally.class)).isEqualTo(new Tally("t", 21, 21));
    }

    @Test
    void documentsExpectedNewAreInsertedTogetherAndThoseAlreadyThereAreMerged() {
        ReadModels models = new ReadModels();
        Merges.mergeNew(models.mongo, Tally.class, "b", current -> countedAs("b", current));

        Map<String, UnaryOperator<Tally>> changes = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c")) {
            changes.put(id, current -> countedAs(id, current));
        }
        Merges.mergeAllNew(models.mongo, Tally.class, changes);

        assertThat(models.mongo.findAll(Tally.class)).containsExactlyInAnyOrder(new Tally("a", 1, 1),
                new Tally("b", 2, 2), new Tally("c", 1, 1));
    }

    @Test
    void aChangeThatLeavesTheDocumentEqualWritesNothing() {
        ReadModels models = new ReadModels();
        Merges.merge(models.mongo, Tally.class, "t", current -> new Tally("t", 0, 1));

        Tally kept = Merges.merge(models.mongo, Tally.class, "t", current -> current);

        assertThat(kept.seq()).isEqualTo(1);
        assertThat(models.mongo.findById("t", Tally.class).seq()).isEqualTo(1);
    }

    private static Tally counted(Tally current) {
        return countedAs("t", current);
    }

    private static Tally countedAs(String id, Tally current) {
        return current == null ? new Tally(id, 0, 1) : new Tally(id, current.seq(), current.count() + 1);
    }
}
