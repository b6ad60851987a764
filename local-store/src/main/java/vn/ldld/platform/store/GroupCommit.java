package vn.ldld.platform.store;

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
 * waits, before its answer goes out, for an MVStore commit followed by {@code FileChannel.force} that began after
 * the request was applied. One thread runs the syncs; every request that arrives while a sync is under way waits
 * for the next one, so concurrent writers share one commit and one force (group commit).
 * <p>
 * A request that neither changed anything nor could have read an unforced change (nothing unsaved, no sync under
 * way) does not wait. Every other one does, reads included: a document another request has written but not yet
 * forced is visible at once, and an answer built on it (the outbox relay publishing its pending event, say) must not
 * outlive a crash that loses it.
 * <p>
 * A sync that fails (disk full, I/O error) is fatal: the writes it carried are visible in memory but not on disk,
 * so no later answer can be trusted. Every waiting and later request fails, and {@code onFailure} is told, once.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** How often the syncer rewrites sparsely filled chunks (H2's own background writer is off). */
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofSeconds(10);

    /** How often the log tells how many requests shared a sync. */
    private static final Duration REPORT_INTERVAL = Duration.ofMinutes(1);

    /** Rewrite chunks while their live data fills less than this share of them (percent). */
    private static final int COMPACT_FILL_RATE = 50;

    /** Bytes rewritten per housekeeping pass, so a pass never holds the next sync up for long. */
    private static final int COMPACT_WRITE_BYTES = 4 * 1024 * 1024;

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

    /** Syncs begun, syncs forced to disk, the highest sync a waiting request needs. Guarded by {@link #lock}. */
    private long started;
    private long completed;
    private long wanted;
    private Throwable failure;
    private boolean closed;

    /** Syncs and the requests that waited for one, since the last report in the log. Guarded by {@link #lock}. */
    private long syncs;
    private long syncedRequests;
    private long commitNanos;
    private long forceNanos;

    /**
     * @param store an MVStore whose automatic commits are off: only this class commits
     * @param onFailure told once when a sync fails; the store must stop answering (see the class comment)
     */
    GroupCommit(MVStore store, Consumer<Throwable> onFailure) {
        this.store = store;
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
        boolean unsaved = store.hasUnsavedChanges();
        lock.lock();
        try {
            // Nothing unsaved: every change applied so far is in a commit that has begun, the latest of which is the
            // one numbered "started" (it may still be forcing). Something unsaved: the next sync will carry it.
            long target = unsaved ? started + 1 : started;
            if (completed >= target && failure == null) {
                return;
            }
            wanted = Math.max(wanted, target);
            syncedRequests++;
            work.signal();
            try {
                while (completed < target) {
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
        long nextHousekeeping = System.nanoTime() + HOUSEKEEPING_INTERVAL.toNanos();
        long nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
        while (true) {
            long number;
            lock.lock();
            try {
                while (!closed && wanted <= completed && System.nanoTime() < nextHousekeeping) {
                    waitQuietly(Math.max(1, nextHousekeeping - System.nanoTime()));
                }
                if (closed && wanted <= completed) {
                    return;
                }
                number = ++started;
            } finally {
                lock.unlock();
            }
            try {
                if (System.nanoTime() >= nextHousekeeping) {
                    store.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES);
                    nextHousekeeping = System.nanoTime() + HOUSEKEEPING_INTERVAL.toNanos();
                }
                long commitStart = System.nanoTime();
                store.commit();
                long forceStart = System.nanoTime();
                store.sync();
                long forceEnd = System.nanoTime();
                lock.lock();
                try {
                    completed = number;
                    syncs++;
                    commitNanos += forceStart - commitStart;
                    forceNanos += forceEnd - forceStart;
                    synced.signalAll();
                } finally {
                    lock.unlock();
                }
                if (System.nanoTime() >= nextReport) {
                    report();
                    nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
                }
            } catch (RuntimeException | Error e) {
                log.error("The store could not commit to disk; it stops answering", e);
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

    private void report() {
        long syncsDone;
        long requests;
        long committing;
        long forcing;
        lock.lock();
        try {
            syncsDone = Math.max(1, syncs);
            requests = syncedRequests;
            committing = commitNanos;
            forcing = forceNanos;
            syncs = 0;
            syncedRequests = 0;
            commitNanos = 0;
            forceNanos = 0;
        } finally {
            lock.unlock();
        }
        if (requests > 0) {
            log.info("Group commit: {} requests waited for {} syncs to disk in the last minute ({} per sync; "
                            + "{} ms committing and {} ms forcing to disk per sync)", requests, syncsDone,
                    String.format("%.1f", (double) requests / syncsDone),
                    String.format("%.2f", committing / 1e6 / syncsDone), String.format("%.2f", forcing / 1e6 / syncsDone));
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

    /** Runs a last sync for whoever still waits, then stops the syncer. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            work.signal();
            synced.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            syncer.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
