package vn.ldld.report.receipt;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives receipt numbers without a write per report: each instance reserves a block of numbers with one atomic
 * {@code $inc} on the counter {@code {_id: "<receivingUnit>/<year>"}} of collection {@value #COLLECTION} and hands
 * them out from memory. A number taken for a submission that was then refused (a duplicate) is given back and
 * handed out next, so the register has no hole for it. What it costs: numbers of concurrent instances interleave
 * (each block is in order), and the unused rest of a block is lost when an instance stops.
 */
@Component
public class ReceiptNumbers {

    static final String COLLECTION = "receipt_counters";

    private final MongoTemplate mongo;
    private final int blockSize;
    private final Map<String, Sequence> sequences = new ConcurrentHashMap<>();

    ReceiptNumbers(MongoTemplate mongo, ReceiptProperties properties) {
        this.mongo = mongo;
        this.blockSize = properties.blockSize();
    }

    /** The next number of {@code receivingUnitCode}'s register for {@code year}. */
    public Receipt next(String receivingUnitCode, int year) {
        String id = receivingUnitCode + "/" + year;
        long number = sequences.computeIfAbsent(id, Sequence::new).next();
        return new Receipt(receivingUnitCode, year, number);
    }

    /** Gives back a number that no stored report carries, so that it is handed out again. */
    public void release(Receipt receipt) {
        String id = receipt.receivingUnitCode() + "/" + receipt.year();
        sequences.computeIfAbsent(id, Sequence::new).giveBack(receipt.number());
    }

    private long reserveBlock(String id) {
        Document counter = mongo.findAndModify(query(where("_id").is(id)), new Update().inc("last", blockSize),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) counter.get("last")).longValue();
    }

    private final class Sequence {

        private final String id;
        private final PriorityQueue<Long> givenBack = new PriorityQueue<>();
        private long next;
        private long last;

        Sequence(String id) {
            this.id = id;
        }

        synchronized long next() {
            if (!givenBack.isEmpty()) {
                return givenBack.poll();
            }
            if (next == 0 || next > last) {
                last = reserveBlock(id);
                next = last - blockSize + 1;
            }
            return next++;
        }

        synchronized void giveBack(long number) {
            givenBack.add(number);
        }
    }
}
