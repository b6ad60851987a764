package vn.ldld.analytics.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.ldld.messaging.store.KeyedWrites;
import vn.ldld.messaging.store.KeyedWrites.Refused;

/**
 * Applies a change to one document by read, merge and compare-and-set write, retried when another writer came
 * first. The change must be a pure function of the stored value (or {@code null} when there is none), so that
 * applying it again after a lost race is harmless.
 */
public final class Merges {

    private static final int ATTEMPTS = 50;


    private Merges() {
    }

    /**
     * As {@link #merge}, for a document that most likely does not exist yet (the first event of what it records):
     * {@code change.apply(null)} is inserted straight away, one command instead of a read and an insert; when the
     * document is there already (the event came again, or a later one came first) it is merged as usual.
     *
     * @return the value stored (or kept, when the change left it equal)
     */
    public static <T extends Sequenced<T>> T mergeNew(MongoTemplate mongo, Class<T> type, String id,
                                                     UnaryOperator<T> change) {
        T first = change.apply(null);
        if (first != null) {
            try {
                return mongo.insert(first.withSeq(1));
            } catch (DuplicateKeyException there) {
                // merged below, against what is stored
            }
        }
        return merge(mongo, type, id, change);
    }

    /**
     * As {@link #mergeNew} for several documents: the first values of all inserted in one unordered insert; those
     * there already are merged one by one as usual.
     *
     * @param changes the change of each document, by id
     */
    public static <T extends Sequenced<T>> void mergeAllNew(MongoTemplate mongo, Class<T> type,
                                                           Map<String, UnaryOperator<T>> changes) {
        List<String> ids = new ArrayList<>();
        List<T> firsts = new ArrayList<>();
        changes.forEach((id, change) -> {
            T first = change.apply(null);
            if (first != null) {
                ids.add(id);
                firsts.add(first.withSeq(1));
            }
        });
        Set<String> inserted = new HashSet<>();
        if (!firsts.isEmpty()) {
            // a store that does not say which was refused: each merged below, against what is stored
            Refused refused = KeyedWrites.execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type)
                    .insert(firsts));
            for (int i = 0; i < ids.size(); i++) {
                if (!refused.mayInclude(i)) {
                    inserted.add(ids.get(i));
                }
            }
        }
        changes.forEach((id, change) -> {
            if (!inserted.contains(id)) {
                merge(mongo, type, id, change);
            }
        });
    }

    /**
     * Stores {@code change.apply(current)} for the document {@code id} of {@code type}.
     *
     * @return the value stored (or kept, when the change left it equal)
     * @throws OptimisticLockingFailureException when other writers won every attempt; the event is then retried
     */
    public static <T extends Sequenced<T>> T merge(MongoTemplate mongo, Class<T> type, String id,
                                                  UnaryOperator<T> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            T current = mongo.findById(id, type);
            T next = change.apply(current);
            if (next == null || next.equals(current)) {
                return current;
            }
            if (current == null) {
                try {
                    return mongo.insert(next.withSeq(1));
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            T stored = next.withSeq(current.seq() + 1);
            Query unchanged = Query.query(Criteria.where("_id").is(id).and("seq").is(current.seq()));
            if (mongo.replace(unchanged, stored).getMatchedCount() == 1) {
                return stored;
            }
        }
        throw new OptimisticLockingFailureException("document " + id + " of " + type.getSimpleName()
                + " kept changing under " + ATTEMPTS + " attempts");
    }
}
