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
 * The same thread checkpoints: every {@link #CHECKPOINT_INTERVAL} (or sooner, once a segment of the log reaches
 * {@link #CHECKPOINT_BYTES}) it starts a new segment, commits the H2 file and deletes the segments it holds.
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
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * The syncer waits on this for work, the requests on {@link #synced} for their sync: a request that arrives wakes
     * the syncer alone, not every other request waiting (each of which would check and sleep again).
     */
    private final Condition work = lock.newCondition();
    private final Condition synced = lock.newCondition();

    /** Changes forced to disk (every change begun up to this number), the highest a waiting request needs. */
    private long durable;
    private long wanted;
    private Throwable failure;
    private boolean closed;

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
        this.syncer = new Thread(this::run, "store-group-commit");
        this.syncer.setDaemon(true);
        this.syncer.start();
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

    private void run() {
        long nextCheckpoint = System.nanoTime() + checkpointInterval.toNanos();
        long nextHousekeeping = System.nanoTime() + HOUSEKEEPING_INTERVAL.toNanos();
        long nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
        while (true) {
            boolean closing;
            lock.lock();
            try {
                while (!closed && wanted <= durable) {
                    long untilCheckpoint = nextCheckpoint - System.nanoTime();
                    if (untilCheckpoint <= 0 && store.hasUnsavedChanges()) {
                        break;
                    }
                    waitQuietly(untilCheckpoint > 0 ? untilCheckpoint : IDLE_WAIT.toNanos());
                }
                closing = closed;
            } finally {
                lock.unlock();
            }
            try {
                long now = System.nanoTime();
                boolean checkpoint = closing || changeLog.segmentBytes() >= CHECKPOINT_BYTES
                        || (now >= nextCheckpoint && store.hasUnsavedChanges());
                long forceStart = System.nanoTime();
                long covered = changeLog.force(checkpoint);
                long forceEnd = System.nanoTime();
                lock.lock();
                try {
                    durable = Math.max(durable, covered);
                    syncs++;
                    syncsInAll++;
                    forceNanos += forceEnd - forceStart;
                    synced.signalAll();
                } finally {
                    lock.unlock();
                }
                if (checkpoint) {
                    changeLog.checkpoint();
                    if (System.nanoTime() >= nextHousekeeping) {
                        changeLog.quietly(() -> store.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES));
                        nextHousekeeping = System.nanoTime() + HOUSEKEEPING_INTERVAL.toNanos();
                    }
                    long checkpointEnd = System.nanoTime();
                    lock.lock();
                    try {
                        checkpoints++;
                        checkpointNanos += checkpointEnd - forceEnd;
                    } finally {
                        lock.unlock();
                    }
                }
                if (now >= nextCheckpoint) {
                    nextCheckpoint = now + checkpointInterval.toNanos();
                }
                if (System.nanoTime() >= nextReport) {
                    report();
                    nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
                }
                if (closing) {
                    return;
                }
            } catch (IOException | RuntimeException | Error e) {
                log.error("The store could not write to disk; it stops answering", e);
                lock.lock();
                try {
                    failure = e;
                    synced.signalAll();
                } finally {
                    lock.unlock();
                }
                onFailure.accept(e);
                return;
            }
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

    private void waitQuietly(long nanos) {
        try {
            work.awaitNanos(nanos);
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
        } finally {
            lock.unlock();
        }
        try {
            syncer.join(Duration.ofSeconds(10).toMillis());
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
