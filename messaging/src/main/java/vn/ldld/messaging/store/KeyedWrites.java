package vn.ldld.messaging.store;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;

import com.mongodb.bulk.BulkWriteError;

/**
 * Unordered bulk writes of documents keyed on a natural key (inbox marks, notices, first reports): many in one
 * command, in which an operation whose key is there already (written before a crash, or meanwhile by another
 * instance) is refused alone while the others are applied. The caller then deals with those refused, one by one.
 */
public final class KeyedWrites {

    /** The server's code for a write refused on a unique key. */
    public static final int DUPLICATE_KEY = 11000;

    private KeyedWrites() {
    }

    /**
     * Executes {@code write}.
     *
     * @return the operations refused on their key
     * @throws BulkOperationException when an operation was refused for another reason than its key
     */
    public static Refused execute(BulkOperations write) {
        try {
            write.execute();
            return Refused.NONE;
        } catch (BulkOperationException failed) {
            if (failed.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw failed;
            }
            return new Refused(failed.getErrors().stream().map(BulkWriteError::getIndex)
                    .collect(Collectors.toUnmodifiableSet()), true);
        } catch (DuplicateKeyException one) {
            // a store that reports a duplicate alone, without saying which operation it was
            return new Refused(Set.of(), false);
        }
    }

    /**
     * The operations of a bulk write refused on their key.
     *
     * @param positions their positions in the write, when {@code named}
     * @param named false when the store said only that one was refused: any of them may have been
     */
    public record Refused(Set<Integer> positions, boolean named) {

        static final Refused NONE = new Refused(Set.of(), true);

        /** Whether the operation at {@code position} may have been refused (each may, when they are not named). */
        public boolean mayInclude(int position) {
            return !named || positions.contains(position);
        }

        /** The first position that may have been refused, or {@code count} when none was. */
        public int first(int count) {
            return named ? positions.stream().mapToInt(Integer::intValue).min().orElse(count) : 0;
        }
    }
}
