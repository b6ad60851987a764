package vn.ldld.platform.store;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.exception.MongoServerException;

/**
 * Makes the store's changes durable before anybody is told about them: a request that changed or read something
 * waits, before its answer goes out, until every change it made or could have seen is in the store's
 * {@link ChangeLog} on disk (written and {@code FileChannel.force}d). One thread runs the syncs; every request that
 * arrives while a sync is under way waits for the next one, so concurrent writers share one force (group commit).
 * <p>
 * A request that neither changed anything nor could have read an unforced change (every change begun is forced) does
 * not wait. Every other one does, reads included: a document another request has written but not yet forced is
 * visible at once, and an answer built on it (the outbox relay publishing its pending event, say) must not outlive a
 * crash that loses it.
 * <p>
 * Every {@link #CHECKPOINT_INTERVAL} (or sooner, once a segment of the log reaches {@link #CHECKPOINT_BYTES}) the
 * syncer starts a new segment, and a second thread checkpoints: it commits the H2 file and deletes the segments the
 * commit holds, while the syncer goes on forcing the new segment for the requests that arrive.
 * <p>
 * A sync that fails (disk full, I/O error) is fatal: the writes it carried are visible in memory but not on disk,
 * so no later answer can be trusted. Every waiting and later request fails, and {@code onFailure} is told, once.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** How often the H2 file is committed, and the log's older segments deleted (when there was a change). */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(5);

    /** A segment of the log this large is checkpointed without waiting for the interval. */
    static final long CHECKPOINT_BYTES = 64L * 1024 * 1024;

    /** How often the syncer rewrites sparsely filled chunks of the H2 file, after a checkpoint. */
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofSeconds(30);

    /** How long the syncer sleeps when no request waits and the H2 file holds every change. */
    private static final Duration IDLE_WAIT = Duration.ofSeconds(1);

    /** How often the log tells how many requests shared a sync. */
    private static final Duration REPORT_INTERVAL = Duration.ofMinutes(1);

    /** Rewrite chunks while their live data fills less than this share of them (percent). */
    private static final int COMPACT_FILL_RATE = 50;

    /** Bytes rewritten per housekeeping pass, so a pass never holds the next sync up for long. */
    private static final int COMPACT_WRITE_BYTES = 4 * 1024 * 1024;

    private final Duration checkpointInterval;
    private final ChangeLog changeLog;
    private final MVStore store;
    private final Consumer<Throwable> onFailure;
    private final Thread syncer;
    private final Thread checkpointer;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * The syncer waits on this for work, the requests on {@link #synced} for their sync: a request that arrives wakes
     * the syncer alone, not every other request waiting (each of which would check and sleep again).
     */
    private final Condition work = lock.newCondition();
    private final Condition synced = lock.newCondition();
    /** The checkpointer waits on this for a new segment to be started, the syncer on the other for its end. */
    private final Condition checkpointWork = lock.newCondition();
    private final Condition checkpointDone = lock.newCondition();

    /** Changes forced to disk (every change begun up to this number), the highest a waiting request needs. */
    private long durable;
    private long wanted;
    private Throwable failure;
    private boolean closed;
    /** A new segment was started and the H2 file is being committed. Guarded by {@link #lock}. */
    private boolean checkpointing;

    /** Syncs and the requests that waited for one, since the last report in the log. Guarded by {@link #lock}. */
    private long syncs;
    private long syncsInAll;
    private long syncedRequests;
    private long forceNanos;
    private long checkpoints;
    private long checkpointNanos;

    /**
     * @param changeLog the log of the store's changes (it holds the H2 file, whose automatic commits are off: only
     *                  this class commits)
     * @param onFailure told once when a sync fails; the store must stop answering (see the class comment)
     */
    GroupCommit(ChangeLog changeLog, Consumer<Throwable> onFailure) {
        this(changeLog, CHECKPOINT_INTERVAL, onFailure);
    }

    /** With checkpoints every {@code checkpointInterval} ({@link Duration#ZERO}: at every sync). */
    GroupCommit(ChangeLog changeLog, Duration checkpointInterval, Consumer<Throwable> onFailure) {
        this.checkpointInterval = checkpointInterval;
        this.changeLog = changeLog;
        this.store = changeLog.store();
        this.onFailure = onFailure;
        this.syncer = new Thread(this::runSyncs, "store-group-commit");
        this.syncer.setDaemon(true);
        this.checkpointer = new Thread(this::runCheckpoints, "store-checkpoint");
        this.checkpointer.setDaemon(true);
        this.syncer.start();
        this.checkpointer.start();
    }

    /**
     * Returns once every change the calling request made or could have seen is forced to disk.
     *
     * @throws MongoServerException if the store could not make it durable (the request must not be acknowledged)
     */
    void awaitDurable() {
        long target = changeLog.begun();
        lock.lock();
        try {
            if (durable >= target && failure == null) {
                return;
            }
            wanted = Math.max(wanted, target);
            syncedRequests++;
            work.signal();
            try {
                while (durable < target) {
                    if (failure != null) {
                        throw new MongoServerException("The store could not write to disk: " + failure.getMessage(),
                                failure);
                    }
                    if (closed) {
                        throw new MongoServerException("The store is closing");
                    }
                    synced.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MongoServerException("Interrupted while the store was writing to disk", e);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The syncer: forces the log for the requests waiting, and starts a checkpoint when one is due. */
    private void runSyncs() {
        long nextCheckpoint = System.nanoTime() + checkpointInterval.toNanos();
        long nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
        while (true) {
            boolean closing;
            boolean rotate;
            long now;
            lock.lock();
            try {
                while (!closed && failure == null && wanted <= durable) {
                    long untilCheckpoint = nextCheckpoint - System.nanoTime();
                    if (untilCheckpoint <= 0 && !checkpointing && store.hasUnsavedChanges()) {
                        break;
                    }
                    waitQuietly(work, untilCheckpoint > 0 ? untilCheckpoint : IDLE_WAIT.toNanos());
                }
                closing = closed;
                while (closing && checkpointing && failure == null) {
                    checkpointDone.awaitUninterruptibly();
                }
                if (failure != null) {
                    return;
                }
                now = System.nanoTime();
                rotate = !checkpointing && (closing || changeLog.segmentBytes() >= CHECKPOINT_BYTES
                        || (now >= nextCheckpoint && store.hasUnsavedChanges()));
            } finally {
                lock.unlock();
            }
            try {
                long forceStart = System.nanoTime();
                long covered = changeLog.force(rotate);
                long forceEnd = System.nanoTime();
                lock.lock();
                try {
                    durable = Math.max(durable, covered);
                    syncs++;
                    syncsInAll++;
                    forceNanos += forceEnd - forceStart;
                    synced.signalAll();
                    if (rotate && !closing) {
                        checkpointing = true;
                        checkpointWork.signal();
                    }
                } finally {
                    lock.unlock();
                }
                if (closing) {
                    changeLog.checkpoint();
                    return;
                }
                if (now >= nextCheckpoint) {
                    nextCheckpoint = now + checkpointInterval.toNanos();
                }
                if (System.nanoTime() >= nextReport) {
                    report();
                    nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
                }
            } catch (IOException | RuntimeException | Error e) {
                fail(e);
                return;
            }
        }
    }

    /**
     * The checkpointer: commits the H2 file once the syncer has started a new segment, apart from the syncer, so
     * that the requests arriving meanwhile wait for a force of the log, not for the commit.
     */
    private void runCheckpoints() {
        long nextHousekeeping = System.nanoTime() + HOUSEKEEPING_INTERVAL.toNanos();
        while (true) {
            lock.lock();
            try {
                while (!checkpointing && !closed && failure == null) {
                    checkpointWork.awaitUninterruptibly();
                }
                if (!checkpointing || failure != null) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            try {
                long start = System.nanoTime();
                changeLog.checkpoint();
                if (System.nanoTime() >= nextHousekeeping) {
                    changeLog.quietly(() -> store.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES));
                    nextHousekeeping = System.nanoTime() + HOUSEKEEPING_INTERVAL.toNanos();
                }
                long end = System.nanoTime();
                lock.lock();
                try {
                    checkpoints++;
                    checkpointNanos += end - start;
                    checkpointing = false;
                    checkpointDone.signalAll();
                } finally {
                    lock.unlock();
                }
            } catch (IOException | RuntimeException | Error e) {
                fail(e);
                return;
            }
        }
    }

    /** A sync or a checkpoint failed: no answer from now on can be trusted. */
    private void fail(Throwable e) {
        log.error("The store could not write to disk; it stops answering", e);
        boolean first;
        lock.lock();
        try {
            first = failure == null;
            if (first) {
                failure = e;
            }
            synced.signalAll();
            checkpointDone.signalAll();
            checkpointWork.signalAll();
            work.signalAll();
        } finally {
            lock.unlock();
        }
        if (first) {
            onFailure.accept(e);
        }
    }

    /** Syncs of the log since the store opened. */
    long syncs() {
        lock.lock();
        try {
            return syncsInAll;
        } finally {
            lock.unlock();
        }
    }

    private void report() {
        long syncsDone;
        long requests;
        long forcing;
        long checkpointsDone;
        long checkpointing;
        lock.lock();
        try {
            syncsDone = Math.max(1, syncs);
            requests = syncedRequests;
            forcing = forceNanos;
            checkpointsDone = checkpoints;
            checkpointing = checkpointNanos;
            syncs = 0;
            syncedRequests = 0;
            forceNanos = 0;
            checkpoints = 0;
            checkpointNanos = 0;
        } finally {
            lock.unlock();
        }
        if (requests > 0) {
            log.info("Group commit: {} requests waited for {} syncs to disk in the last minute ({} per sync; {} ms "
                            + "forcing the log per sync; {} checkpoints, {} ms each)", requests, syncsDone,
                    String.format("%.1f", (double) requests / syncsDone),
                    String.format("%.2f", forcing / 1e6 / syncsDone), checkpointsDone,
                    String.format("%.1f", checkpointing / 1e6 / Math.max(1, checkpointsDone)));
        }
    }

    private void waitQuietly(Condition condition, long nanos) {
        try {
            condition.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Runs a last sync and checkpoint for whoever still waits, then stops the syncer. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            work.signal();
            checkpointWork.signal();
        } finally {
            lock.unlock();
        }
        try {
            syncer.join(Duration.ofSeconds(10).toMillis());
            checkpointer.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            synced.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
