package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
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
    void aWriteIsOnDiskWhenItsWaitReturnsAndConcurrentWritersShareSyncs() throws Exception {
        ChangeLog changeLog = ChangeLog.open(dir.resolve("store.mv").toString());
        MVMap<String, String> map = changeLog.openMap("meta.report.reports");
        int writers = 16;
        int writesEach = 50;
        long syncs;
        try (GroupCommit commits = new GroupCommit(changeLog, failure -> { })) {
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
            syncs = commits.syncs();
            // the process dies here: nothing closed, the H2 file never committed
            changeLog.store().closeImmediately();
            changeLog.close();
        }
        assertThat(syncs).isPositive().isLessThan(writers * writesEach);

        ChangeLog reopened = ChangeLog.open(dir.resolve("store.mv").toString());
        assertThat(reopened.<String, String>openMap("meta.report.reports")).hasSize(writers * writesEach);
        reopened.store().close();
    }

    @Test
    void nothingToWriteIsAnsweredWithoutWaitingForADisk() {
        ChangeLog changeLog = ChangeLog.open(dir.resolve("store.mv").toString());
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (GroupCommit commits = new GroupCommit(changeLog, failed::set)) {
            changeLog.openMap("meta.report.reports").put("r1", "report");
            commits.awaitDurable();
            long syncs = commits.syncs();

            commits.awaitDurable();

            assertThat(commits.syncs()).isEqualTo(syncs);
        }
        assertThat(failed).hasNullValue();
        changeLog.store().close();
    }

    @Test
    void aStoreThatCannotWriteToDiskAcknowledgesNothingMore() {
        FailingDisk disk = new FailingDisk();
        disk.open(dir.resolve("store.mv").toString(), false, null);
        MVStore store = new MVStore.Builder().fileStore(disk).autoCommitDisabled().autoCommitBufferSize(0).open();
        ChangeLog changeLog = ChangeLog.open(store, dir.resolve("store.mv"));
        AtomicReference<Throwable> failed = new AtomicReference<>();
        // a checkpoint at every sync: the H2 file is written and forced as often as the log
        try (GroupCommit commits = new GroupCommit(changeLog, Duration.ZERO, failed::set)) {
            MVMap<String, String> map = changeLog.openMap("meta.report.reports");
            map.put("r1", "report");
            commits.awaitDurable();
            await().until(() -> !store.hasUnsavedChanges());
            disk.failing = true;

            // forced to the log before the checkpoint that fails: on disk, so acknowledged
            map.put("r2", "report");
            commits.awaitDurable();
            await().until(() -> failed.get() != null);

            map.put("r3", "report");
            assertThatThrownBy(commits::awaitDurable).isInstanceOf(MongoServerException.class)
                    .hasMessageContaining("could not write to disk");
            assertThatThrownBy(commits::awaitDurable).isInstanceOf(MongoServerException.class);
        }
        assertThat(failed.get()).hasMessage("No space left on device");
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
