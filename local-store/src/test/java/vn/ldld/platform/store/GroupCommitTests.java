package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.exception.MongoServerException;

class GroupCommitTests {

    @TempDir
    Path dir;

    @Test
    void aWriteIsCommittedWhenItsWaitReturnsAndConcurrentWritersShareCommits() throws Exception {
        MVStore store = open();
        MVMap<String, String> map = store.openMap("reports");
        long before = store.getCurrentVersion();
        int writers = 16;
        int writesEach = 50;
        try (GroupCommit commits = new GroupCommit(store, failure -> { })) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        map.put(writer + "-" + i, "report");
                        commits.awaitDurable();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();
        }
        long commitsMade = store.getCurrentVersion() - before;
        assertThat(commitsMade).isPositive().isLessThan(writers * writesEach);
        store.close();
    }

    @Test
    void nothingToWriteIsAnsweredWithoutWaitingForADisk() {
        MVStore store = open();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (GroupCommit commits = new GroupCommit(store, failed::set)) {
            store.openMap("reports").put("r1", "report");
            commits.awaitDurable();
            long version = store.getCurrentVersion();

            commits.awaitDurable();

            assertThat(store.getCurrentVersion()).isEqualTo(version);
        }
        assertThat(failed).hasNullValue();
        store.close();
    }

    @Test
    void aStoreThatCannotWriteToDiskAcknowledgesNothingMore() {
        FailingDisk disk = new FailingDisk();
        disk.open(dir.resolve("store.mv").toString(), false, null);
        MVStore store = new MVStore.Builder().fileStore(disk).autoCommitDisabled().autoCommitBufferSize(0).open();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (GroupCommit commits = new GroupCommit(store, failed::set)) {
            MVMap<String, String> map = store.openMap("reports");
            map.put("r1", "report");
            commits.awaitDurable();
            disk.failing = true;

            map.put("r2", "report");
            assertThatThrownBy(commits::awaitDurable).isInstanceOf(MongoServerException.class)
                    .hasMessageContaining("could not write to disk");
            assertThatThrownBy(commits::awaitDurable).isInstanceOf(MongoServerException.class);
        }
        assertThat(failed.get()).hasMessage("No space left on device");
    }

    private MVStore open() {
        return new MVStore.Builder().fileName(dir.resolve("store.mv").toString()).autoCommitDisabled()
                .autoCommitBufferSize(0).open();
    }

    /** A file whose force to disk fails once {@code failing} is set, as a full or broken disk's does. */
    private static final class FailingDisk extends SingleFileStore {

        volatile boolean failing;

        FailingDisk() {
            super(new HashMap<>());
        }

        @Override
        public void sync() {
            if (failing) {
                throw new IllegalStateException("No space left on device");
            }
            super.sync();
        }
    }
}
