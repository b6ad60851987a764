package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.outbox.Outbox;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.messaging.store.Indexes;
import vn.ldld.plan.text.SearchText;

/** Reads and writes plans; every change goes through the {@link Outbox} with its events in the same write. */
@Component
class PlanStore {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final PlanRecipientStore recipients;

    public PlanStore(MongoTemplate mongo, Outbox outbox, PlanRecipientStore recipients) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.recipients = recipients;
    }

    /** Creates the indexes the listings use (idempotent). */
    @EventListener(ApplicationReadyEvent.class)
    public void createIndexes() {
        Indexes.ensure(mongo, Plan.class,
                new Index().on("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                        .named("status_createdAt"),
                // a unit's published plans (what a reporter lists): multikey over the recipients
                new Index().on("content.recipients.unit.code", Sort.Direction.ASC).named("recipient_unit"),
                // a unit's own plans (what its staff lists)
                new Index().on("content.issuer.code", Sort.Direction.ASC).named("issuer_unit"));
    }

    /** Stores a new plan. */
    public void insert(Plan plan) {
        outbox.insert(plan, List.of());
    }

    /** The plan with this id. */
    public Optional<Plan> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Plan.class));
    }

    /**
     * Replaces {@code plan} (which carries the next version) and appends {@code events}, if it is still at
     * {@code expectedVersion}.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when another write came first
     */
    public void update(Plan plan, long expectedVersion, List<OutboxEvent> events) {
        outbox.update(plan, plan.id(), Plan.VERSION_FIELD, expectedVersion, events);
    }

    /**
     * One page of the plans matching {@code filter}, newest first; for listing only: the plans come without their
     * amendment history.
     */
    public List<Plan> page(PlanFilter filter, int page, int size) {
        Query query = query(filter).with(PageRequest.of(page, size,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.ASC, "id"))));
        query.fields().exclude("amendments").exclude(Outbox.PENDING_EVENTS);
        return mongo.find(query, Plan.class);
    }

    /** How many plans match {@code filter}. */
    public long count(PlanFilter filter) {
        return mongo.count(query(filter), Plan.class);
    }

    private Query query(PlanFilter filter) {
        Criteria criteria = new Criteria();
        List<Criteria> all = new ArrayList<>();
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.year() != null) {
            criteria.and("year").is(filter.year());
        }
        if (filter.issuerCode() != null) {
            criteria.and("content.issuer.code").is(filter.issuerCode());
        }
        if (filter.scope().restricted()) {
            // listed by hand in the plan, or in the resolved recipients of its current version
            String unit = filter.scope().recipientCode();
            List<Criteria> addressed = new ArrayList<>();
            addressed.add(Criteria.where("content.recipients.unit.code").is(unit));
            recipients.addressing(unit).forEach(a -> addressed.add(
                    Criteria.where("_id").is(a.planId()).and("publishedVersion").is(a.version())));
            Criteria published = new Criteria().andOperator(Criteria.where("publishedAt").ne(null),
                    new Criteria().orOperator(addressed));
            // a unit's staff also sees every plan its unit issued, drafts included
            all.add(filter.scope().issuerCode() == null ? published : new Criteria().orOperator(
                    Criteria.where("content.issuer.code").is(filter.scope().issuerCode()), published));
        }
        if (!SearchText.normalize(filter.text()).isEmpty()) {
            // the texts are stored as written: the pattern folds diacritics and case itself
            String pattern = SearchText.foldingPattern(filter.text());
            all.add(new Criteria().orOperator(Criteria.where("number").regex(pattern),
                    Criteria.where("content.title").regex(pattern)));
        }
        if (!all.isEmpty()) {
            criteria.andOperator(all);
        }
        return Query.query(criteria);
    }
}
