package vn.ldld.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.bulk.BulkWriteError;

/**
 * Inserts documents keyed on a natural key, many in one command: one unordered insert, in which a document whose
 * key is there already (the same notification, entry or delivery written before a crash, or by an earlier version)
 * is refused alone and left as it is, while the others are inserted.
 */
public final class KeyedInserts {

    private static final int DUPLICATE_KEY = 11000;

    private KeyedInserts() {
    }

    /**
     * Inserts those of {@code documents} whose key is not there yet, in one unordered insert.
     *
     * @return the positions in {@code documents} of those that were there already
     * @throws BulkOperationException when a document was refused for another reason than its key
     */
    public static Set<Integer> insertNew(MongoTemplate mongo, List<?> documents, Class<?> type) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
            return Set.of();
        } catch (BulkOperationException failed) {
            if (failed.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw failed;
            }
            return failed.getErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
        } catch (DuplicateKeyException one) {
            // a store that reports the duplicate alone: one by one, as the keys decide
            return insertOneByOne(mongo, documents);
        }
    }

    private static Set<Integer> insertOneByOne(MongoTemplate mongo, List<?> documents) {
        Set<Integer> present = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                mongo.insert(documents.get(i));
            } catch (DuplicateKeyException already) {
                present.add(i);
            }
        }
        return present;
    }
}
