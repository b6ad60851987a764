package vn.ldld.plan.plans;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out the sequence numbers of plans, sequential and unique per issuer per year: one counter document
 * {@code {_id: "<issuerCode>/<year>", sequence: n}} in {@value #COLLECTION}, incremented atomically by the server
 * ({@code findAndModify}, {@code $inc}, upsert), so concurrent publications never get the same number.
 */
@Component
class PlanSequences {

    /** The collection of the counters. */
    public static final String COLLECTION = "plan_counters";

    private final MongoTemplate mongo;

    public PlanSequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next sequence of {@code issuerCode} in {@code year}, from 1. */
    public int next(String issuerCode, int year) {
        Query query = Query.query(Criteria.where("_id").is(issuerCode + "/" + year));
        Update update = new Update().inc("sequence", 1);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document counter;
        try {
            counter = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        } catch (DuplicateKeyException firstOfTheYearRace) {
            // two upserts created the counter at once: the document exists now, increment it
            counter = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        }
        return ((Number) counter.get("sequence")).intValue();
    }
}
