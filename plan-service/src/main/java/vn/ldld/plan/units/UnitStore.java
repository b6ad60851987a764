package vn.ldld.plan.units;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.Indexes;
import vn.ldld.plan.text.SearchText;

/** Reads and writes the units; every replacement is conditional on the version read. */
@Component
class UnitStore {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    UnitStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes of the listing and the search (idempotent), before the demo data is loaded. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void createIndexes() {
        Indexes.ensure(mongo, Unit.class, new Index().on("searchText", Sort.Direction.ASC).named("searchText"),
                new Index().on("kind", Sort.Direction.ASC).on("parentCode", Sort.Direction.ASC)
                        .named("kind_parentCode"),
                new Index().on("parentCode", Sort.Direction.ASC).named("parentCode"));
    }

    /**
     * Stores a new unit.
     *
     * @throws org.springframework.dao.DuplicateKeyException when its code is taken
     */
    void insert(Unit unit) {
        mongo.insert(unit);
    }

    /**
     * Stores new units in one unordered bulk write.
     *
     * @return how many were stored: a unit whose code was taken meanwhile is left out, not an error
     */
    int insertAllNew(List<Unit> units) {
        if (units.isEmpty()) {
            return 0;
        }
        try {
            return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Unit.class).insert(units).execute()
                    .getInsertedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                return e.getResult().getInsertedCount();
            }
            throw e;
        }
    }

    Optional<Unit> find(String code) {
        return Optional.ofNullable(mongo.findById(code, Unit.class));
    }

    List<Unit> findAll(Collection<String> codes) {
        return mongo.find(Query.query(Criteria.where("_id").in(codes)), Unit.class);
    }

    /** The units whose parent is one of {@code parentCodes}, active or not. */
    List<Unit> children(Collection<String> parentCodes) {
        return mongo.find(Query.query(Criteria.where("parentCode").in(parentCodes)), Unit.class);
    }

    /** Replaces {@code unit} (which carries the next version) if the stored one is still at {@code expectedVersion}. */
    boolean update(Unit unit, long expectedVersion) {
        Document fields = new Document();
        mongo.getConverter().write(unit, fields);
        fields.remove("_id");
        Update update = new Update();
        fields.forEach(update::set);
        Query query = Query.query(Criteria.where("_id").is(unit.code()).and("version").is(expectedVersion));
        return mongo.updateFirst(query, update, Unit.class).getMatchedCount() == 1;
    }

    List<Unit> page(UnitFilter filter, int page, int size) {
        return mongo.find(query(filter).with(PageRequest.of(page, size, Sort.by("_id"))), Unit.class);
    }

    long count(UnitFilter filter) {
        return mongo.count(query(filter), Unit.class);
    }

    private static Query query(UnitFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.kind() != null) {
            criteria.and("kind").is(filter.kind());
        }
        if (filter.parentCode() != null) {
            criteria.and("parentCode").is(filter.parentCode());
        }
        if (filter.codes() != null) {
            criteria.and("_id").in(filter.codes());
        }
        if (filter.active() != null) {
            criteria.and("active").is(filter.active());
        }
        if (!SearchText.normalize(filter.text()).isEmpty()) {
            criteria.and("searchText").regex(SearchText.containsPattern(filter.text()));
        }
        return Query.query(criteria);
    }
}
