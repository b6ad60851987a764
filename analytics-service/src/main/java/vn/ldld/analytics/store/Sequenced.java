package vn.ldld.analytics.store;

/**
 * A read-model document with a write sequence: every write of the document increments {@code seq}, and a write
 * only succeeds against the sequence it read (compare and set).
 *
 * @param <T> the document type
 */
public interface Sequenced<T> {

    /** Sequence of the stored write this value was read from; 0 for a document never stored. */
    long seq();

    /** This value with another sequence. */
    T withSeq(long seq);
}
