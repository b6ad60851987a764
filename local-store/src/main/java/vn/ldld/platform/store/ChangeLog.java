package vn.ldld.platform.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's log of changes, written ahead of its H2 file: what makes an answer durable is the change appended here
 * and forced to disk, not a commit of the H2 file.
 * <p>
 * A commit of the H2 file writes every page a change touched with all the documents on it, and the pages above them
 * up to the root, for each map a command changed (a collection's documents and its counters). Done for every answer,
 * that was a third of the store's CPU under a deadline rush. Now each change to a collection's map is appended here
 * as the key and the value the map holds after it (or its removal), in the order the changes were applied; the
 * {@link GroupCommit} forces the appended changes of every waiting command at once, and commits the H2 file only
 * every few seconds (a <em>checkpoint</em>), writing each touched page once for thousands of changes.
 * <p>
 * On disk: segments {@code <data file>.changes.<n>} next to the data file, each a sequence of records
 * {@code length, CRC-32C, map id, operation, key, value} (key and value written by the map's own data types). A
 * checkpoint starts a new segment, then commits the H2 file with the number of that segment as the first one to
 * replay, then deletes the older ones. When the store opens, it replays every segment from that number on, in
 * order, up to the first record that is not whole (the one being written when the process died: never
 * acknowledged). Replaying sets each key to the value it had after the change, so a change that the last commit
 * already holds is applied again harmlessly.
 * <p>
 * A map created, dropped or renamed is committed at once ({@link #commitNow}), so that a record's map id always
 * names the map it was written for, or no map (a dropped one: skipped).
 */
final class ChangeLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

    /** The map of the log's own state in the H2 file (not a database: the backend lists only "databases."). */
    static final String STATE_MAP = "changes";
    private static final String REPLAY_FROM = "replayFrom";

    /** The maps that hold a collection's documents; their values are written as BSON. */
    static final String DOCUMENTS_PREFIX = "databases.";

    private static final byte PUT = 1;
    private static final byte REMOVE = 2;
    private static final byte CLEAR = 3;
    /** Length and checksum before each record. */
    private static final int HEADER_BYTES = 8;

    private final MVStore store;
    private final Path dataFile;
    private final MVMap<String, Long> state;
    /** Held while a change is applied and appended, and while the appended records are taken to be written. */
    private final ReentrantLock changes = new ReentrantLock();
    /** Changes not to log: replaying them, or the H2 file rewriting its own pages (compaction). */
    private final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> false);

    /** Changes begun: a change numbered at most this may be visible. */
    private volatile long begun;
    /** Records appended and not yet taken for writing. Guarded by {@link #changes}. */
    private WriteBuffer appended = new WriteBuffer(256 * 1024);
    /** The buffer taken for writing, reused. Only the syncer touches it. */
    private WriteBuffer writing = new WriteBuffer(256 * 1024);
    /** The segment records are written to, its number and size. Guarded by {@link #changes} (swapped on rotation). */
    private FileChannel segment;
    private long segmentNumber;
    private long segmentBytes;

    private ChangeLog(MVStore store, Path dataFile) {
        this.store = store;
        this.dataFile = dataFile;
        this.state = store.openMap(STATE_MAP);
    }

    /**
     * Opens the H2 file {@code fileName} with its automatic commits off, replays the changes its last checkpoint
     * does not hold, and starts a new segment.
     */
    static ChangeLog open(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).cacheSize(IndexedH2Backend.CACHE_MB)
                .autoCommitDisabled().autoCommitBufferSize(0).pageSplitSize(IndexedH2Backend.PAGE_SPLIT_BYTES)
                .open();
        return open(store, Path.of(fileName));
    }

    /** The log of {@code store}, whose file is {@code dataFile}: its changes replayed, a new segment started. */
    static ChangeLog open(MVStore store, Path dataFile) {
        ChangeLog changeLog = new ChangeLog(store, dataFile.toAbsolutePath());
        changeLog.recover();
        return changeLog;
    }

    MVStore store() {
        return store;
    }

    /**
     * The map {@code name} of this store, every change to it logged: a collection's documents (BSON values) or its
     * counters.
     */
    <K, V> MVMap<K, V> openMap(String name) {
        LoggedMap.Builder<K, V> builder = new LoggedMap.Builder<>(this);
        if (name.startsWith(DOCUMENTS_PREFIX)) {
            builder.valueType(uncheckedDocuments());
        }
        boolean created = !store.hasMap(name);
        MVMap<K, V> map = store.openMap(name, builder);
        if (created) {
            // records name maps by id: a new map's id is on disk before a change to it is logged
            commitNow();
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static <V> DataType<V> uncheckedDocuments() {
        return (DataType<V>) BsonDocumentType.INSTANCE;
    }

    /** Commits and forces the H2 file now: after a map was created (see {@link #openMap}), dropped or renamed. */
    void commitNow() {
        store.commit();
        store.sync();
    }

    /** How many changes have begun: an answer that could have seen any of them waits until they are forced. */
    long begun() {
        return begun;
    }

    /** Runs {@code work} without logging the changes it makes (they change no value: compaction). */
    void quietly(Runnable work) {
        quiet.set(true);
        try {
            work.run();
        } finally {
            quiet.set(false);
        }
    }

    /** Applies {@code change} to {@code map} and appends what the key holds after it, as one step. */
    <K, V, R> R change(LoggedMap<K, V> map, K key, Supplier<R> change) {
        if (quiet.get()) {
            return change.get();
        }
        changes.lock();
        try {
            begun++;
            R result = change.get();
            if (key == null) {
                append(map, CLEAR, null, null);
            } else {
                V after = map.get(key);
                append(map, after == null ? REMOVE : PUT, key, after);
            }
            return result;
        } finally {
            changes.unlock();
        }
    }

    private <K, V> void append(MVMap<K, V> map, byte operation, K key, V value) {
        WriteBuffer buffer = appended;
        int start = buffer.position();
        buffer.putInt(0).putInt(0).putVarInt(map.getId()).put(operation);
        if (key != null) {
            map.getKeyType().write(buffer, key);
        }
        if (value != null) {
            map.getValueType().write(buffer, value);
        }
        int end = buffer.position();
        CRC32C crc = new CRC32C();
        crc.update(buffer.getBuffer().duplicate().position(start + HEADER_BYTES).limit(end));
        buffer.putInt(start, end - start - HEADER_BYTES).putInt(start + 4, (int) crc.getValue());
    }

    /** Segment bytes written since the last checkpoint. */
    long segmentBytes() {
        return segmentBytes;
    }

    /**
     * Writes every change appended so far to the current segment and forces it to disk; with {@code rotate}, the
     * changes appended from now on go to a new segment, which the next commit names as the first to replay.
     *
     * @return the number of changes begun before the ones written: every one of them is on disk (or failed)
     */
    long force(boolean rotate) throws IOException {
        long covered;
        FileChannel target;
        WriteBuffer taken;
        changes.lock();
        try {
            covered = begun;
            taken = appended;
            appended = writing;
            writing = taken;
            target = segment;
            if (rotate) {
                segmentNumber++;
                segment = createSegment(segmentNumber);
                segmentBytes = 0;
                state.put(REPLAY_FROM, segmentNumber);
            }
        } finally {
            changes.unlock();
        }
        ByteBuffer bytes = taken.getBuffer().flip();
        int length = bytes.remaining();
        while (bytes.hasRemaining()) {
            target.write(bytes);
        }
        taken.clear();
        if (length > 0 || rotate) {
            target.force(false);
        }
        if (rotate) {
            target.close();
        } else {
            segmentBytes += length;
        }
        return covered;
    }

    /**
     * Commits the H2 file and forces it, then deletes the segments it holds: called after {@code force(true)} (and
     * before the next one), whose older segments that commit covers.
     */
    void checkpoint() throws IOException {
        long first;
        changes.lock();
        try {
            first = segmentNumber;
        } finally {
            changes.unlock();
        }
        store.commit();
        store.sync();
        deleteSegmentsBefore(first);
    }

    private void recover() {
        long from = state.getOrDefault(REPLAY_FROM, 0L);
        List<Long> numbers = segmentNumbers();
        long last = from - 1;
        long records = 0;
        quiet.set(true);
        try {
            for (long number : numbers) {
                if (number >= from) {
                    records += replay(number);
                    last = number;
                }
            }
        } finally {
            quiet.set(false);
        }
        segmentNumber = Math.max(from, last + 1);
        state.put(REPLAY_FROM, segmentNumber);
        commitNow();
        try {
            deleteSegmentsBefore(segmentNumber);
            segment = createSegment(segmentNumber);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records > 0) {
            log.info("Replayed {} changes the last checkpoint did not hold", records);
        }
    }

    /** Applies the whole records of segment {@code number}, in order, up to the first one that is not whole. */
    private long replay(long number) {
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(Files.readAllBytes(segmentPath(number)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long records = 0;
        while (bytes.remaining() >= HEADER_BYTES) {
            int length = bytes.getInt();
            int checksum = bytes.getInt();
            if (length <= 0 || length > bytes.remaining()) {
                break;
            }
            ByteBuffer record = bytes.slice(bytes.position(), length);
            CRC32C crc = new CRC32C();
            crc.update(record.duplicate());
            if ((int) crc.getValue() != checksum) {
                break;
            }
            bytes.position(bytes.position() + length);
            apply(record);
            records++;
        }
        if (bytes.hasRemaining()) {
            log.warn("Segment {} ends with {} bytes that are not a whole change (written when the store stopped; "
                    + "never acknowledged)", segmentPath(number).getFileName(), bytes.remaining());
        }
        return records;
    }

    private void apply(ByteBuffer record) {
        int mapId = DataUtils.readVarInt(record);
        byte operation = record.get();
        String name = store.getMapName(mapId);
        if (name == null) {
            return; // dropped since
        }
        MVMap<Object, Object> map = openMap(name);
        switch (operation) {
            case PUT -> map.put(map.getKeyType().read(record), map.getValueType().read(record));
            case REMOVE -> map.remove(map.getKeyType().read(record));
            case CLEAR -> map.clear();
            default -> throw new IllegalStateException("Unknown change " + operation + " in the store's log");
        }
    }

    private List<Long> segmentNumbers() {
        String prefix = dataFile.getFileName() + ".changes.";
        List<Long> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataFile.getParent())) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix))
                    .forEach(name -> {
                        try {
                            numbers.add(Long.parseLong(name.substring(prefix.length())));
                        } catch (NumberFormatException notASegment) {
                            // some other file
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        numbers.sort(null);
        return numbers;
    }

    private void deleteSegmentsBefore(long number) throws IOException {
        for (long older : segmentNumbers()) {
            if (older < number) {
                Files.deleteIfExists(segmentPath(older));
            }
        }
    }

    Path segmentPath(long number) {
        return dataFile.resolveSibling(dataFile.getFileName() + ".changes." + number);
    }

    private FileChannel createSegment(long number) throws IOException {
        Path path = segmentPath(number);
        Files.deleteIfExists(path);
        if (dataFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        // the new file's entry in its folder, on disk before a change in it is acknowledged
        try (FileChannel folder = FileChannel.open(dataFile.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notOnThisSystem) {
            // a file system whose folders cannot be opened (not Linux): the file's own force is what there is
        }
        return channel;
    }

    @Override
    public void close() {
        try {
            if (segment != null) {
                segment.close();
            }
        } catch (IOException e) {
            log.warn("Could not close the store's log", e);
        }
    }
}
