package vn.ldld.platform.store;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 file backend, with two things a MongoDB server does and the plain backend does not:
 * <ul>
 * <li>a query naming every key of a unique index with equality (say {@code _id} and a version, for a
 * compare-and-set update) is answered from that index, the other conditions checked on the one document found,
 * instead of reading the whole collection;</li>
 * <li>non-unique indexes exist ({@link SecondaryIndex}): kept in memory, rebuilt from the documents when the store
 * opens, they answer equality, {@code $in} and {@code $exists: true} on their first key.</li>
 * <li>indexes live in memory ({@link UniqueIndex}, {@link SecondaryIndex}) and are rebuilt from the documents when
 * the store opens; documents stay in the H2 file.</li>
 * </ul>
 * Without them every such query reads and matches each document of the collection, so the cost of a write grows
 * with the collection: the relay's scan for pending events, an inbox check, a compare-and-set update each became
 * slower with every report stored.
 * <p>
 * And it answers only what is on disk: H2's background writer (a commit every second, never forced to disk) is off;
 * every change is appended to a log of changes ({@link ChangeLog}), and each command's answer waits for a
 * {@code FileChannel.force} of that log that began after the command was applied, shared by every command waiting at
 * that moment ({@link GroupCommit}); the H2 file itself is committed every few seconds. An acknowledged write
 * survives the process being killed, and the machine losing power.
 */
public class IndexedH2Backend extends H2Backend {

    /**
     * Page cache of the store, in MB as the documents' estimated size counts it (MVStore's default is 16): pages
     * evicted are read back by deserializing. The heap also holds every index, which grows with the documents: at
     * 256 MB the cache with the indexes of a few hundred thousand documents filled the 1 GB heap, and the store spent
     * most of its time in full collections.
     */
    static final int CACHE_MB = 128;

    /**
     * Bytes of documents above which a page of the file splits (H2's default is 16 KB). Every commit writes each
     * page a write changed with all the documents on it, so smaller pages write fewer untouched documents again.
     */
    static final int PAGE_SPLIT_BYTES = 4 * 1024;

    /** Commands that neither read nor change documents: answered without looking at what is on disk. */
    private static final Set<String> STATELESS_COMMANDS = Set.of("hello", "ismaster", "ping", "buildinfo",
            "whatsmyuri", "getlasterror", "endsessions", "getparameter", "getcmdlineopts", "getlog", "hostinfo");

    /** H2Backend opens the existing databases inside its constructor, before a field of this class is set. */
    private static final ThreadLocal<ChangeLog> OPENING = new ThreadLocal<>();

    private final ChangeLog changeLog;
    private final GroupCommit groupCommit;

    /**
     * @param fileName the H2 file of the documents (the log of changes is kept next to it)
     * @param onFailure told if the store cannot write to disk any more (the caller should stop the process: writes
     *                  applied in memory are not on disk, so no answer can be trusted)
     */
    public IndexedH2Backend(String fileName, Consumer<Throwable> onFailure) {
        this(ChangeLog.open(fileName), onFailure);
    }

    private IndexedH2Backend(ChangeLog changeLog, Consumer<Throwable> onFailure) {
        super(opening(changeLog));
        OPENING.remove();
        this.changeLog = changeLog;
        this.groupCommit = new GroupCommit(changeLog, onFailure);
    }

    private static MVStore opening(ChangeLog changeLog) {
        OPENING.set(changeLog);
        return changeLog.store();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            if (!STATELESS_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
                groupCommit.awaitDurable();
            }
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return super.handleQuery(query);
        } finally {
            groupCommit.awaitDurable();
        }
    }

    @Override
    public void close() {
        groupCommit.close();
        super.close();
        changeLog.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, changeLog != null ? changeLog : OPENING.get(),
                getCursorRegistry());
    }
}
