package vn.ldld.platform.store;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the store writes its documents into the H2 file: as BSON, the bytes a client sends and receives, after a
 * one-byte mark. H2's default writes each document with Java serialization (class descriptors, reflection, a
 * stream per document), which was the largest cost of every commit, since a commit writes each changed page with
 * every document on it; reading a page back paid the same again.
 * <p>
 * A file written before keeps its documents in H2's own format (first byte: one of its type tags, never
 * {@link #BSON}); they are read as before and written as BSON the next time their page is written. A value BSON
 * cannot encode (none that the wire protocol can carry) would be written in H2's format too. Dates keep their
 * milliseconds, as on the wire: a date the store sets itself ({@code $currentDate}, which no service uses) loses
 * its sub-millisecond part when its page is read back.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** First byte of a BSON document in the file; H2's object format uses tags 0 to 119 for its first byte. */
    static final byte BSON = 127;

    /** Bytes a page's document is estimated to hold in memory, beyond its strings and nested values. */
    private static final int ENTRY_OVERHEAD = 48;

    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    /** H2's default for values, for documents a file written before holds. */
    private final ObjectDataType legacy = new ObjectDataType();

    private BsonDocumentType() {
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded;
        try {
            encoded = encoded(document);
        } catch (RuntimeException notBson) {
            legacy.write(buffer, document);
            return;
        }
        buffer.put(BSON);
        buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), encoded.readableBytes());
        done(encoded);
    }

    /** The size of the document encoded as BSON, as {@code collStats} counts it. */
    static int bsonSize(Document document) {
        ByteBuf encoded = encoded(document);
        int size = encoded.readableBytes();
        done(encoded);
        return size;
    }

    /** The document encoded in this thread's buffer, until {@link #done}. */
    private static ByteBuf encoded(Document document) {
        ByteBuf encoded = ENCODING.get();
        encoded.clear();
        BsonEncoder.encodeDocument(document, encoded);
        return encoded;
    }

    /** Lets go of a buffer that one large document grew, rather than hold it for the thread's life. */
    private static void done(ByteBuf encoded) {
        if (encoded.capacity() > 1 << 20) {
            ENCODING.remove();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) legacy.read(buffer);
        }
        buffer.get();
        int length = Integer.reverseBytes(buffer.getInt(buffer.position()));
        ByteBuffer bytes = buffer.slice();
        bytes.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    /** Documents are not ordered; this only tells equal ones apart from different ones. */
    @Override
    public int compare(Document a, Document b) {
        return a.equals(b) ? 0 : 1;
    }

    /** A cheap estimate of the memory a value holds (H2 sizes its pages and its cache by it). */
    private static int estimate(Object value) {
        if (value instanceof String string) {
            // a string of Vietnamese text is held as UTF-16 (two bytes a character), not Latin-1
            return 48 + 2 * string.length();
        }
        if (value instanceof Map<?, ?> map) {
            int memory = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += ENTRY_OVERHEAD + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 32;
            for (Object element : values) {
                memory += 8 + estimate(element);
            }
            return memory;
        }
        if (value instanceof byte[] bytes) {
            return 24 + bytes.length;
        }
        return 24;
    }
}
