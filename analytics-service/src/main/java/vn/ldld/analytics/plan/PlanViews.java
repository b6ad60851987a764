package vn.ldld.analytics.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.store.Merges;
import vn.ldld.messaging.store.Indexes;

/** The plan read model: applies plan events and answers what is known of a plan. */
@Component
public class PlanViews {

    private static final String IMPLEMENTS = "content.implementsPlanId";
    private static final String ISSUER = "content.issuer.code";

    private final MongoTemplate mongo;
    private final PlanRecipients recipients;

    public PlanViews(MongoTemplate mongo, PlanRecipients recipients) {
        this.mongo = mongo;
        this.recipients = recipients;
        Indexes.ensure(mongo, PlanView.class, new Index().on(IMPLEMENTS, Sort.Direction.ASC),
                new Index().on(ISSUER, Sort.Direction.ASC));
    }

    /**
     * A v2 event: the plan view takes the content; recipients of a plan known from v1 events are kept apart at their
     * version, until the last chunk of this version says who stays.
     */
    public PlanView onListed(PlanPublished event) {
        keepV1RecipientsApart(event.planId(), event.version());
        return on(event);
    }

    /** A v2 amendment; see {@link #onListed(PlanPublished)}. */
    public PlanView onListed(PlanAmended event) {
        keepV1RecipientsApart(event.planId(), event.plan().version());
        return on(event);
    }

    private void keepV1RecipientsApart(String planId, int version) {
        find(planId).map(PlanView::content).filter(c -> !c.recipientsListedApart() && c.version() < version)
                .ifPresent(v1 -> recipients.keepApart(planId, v1.version(), v1.recipients()));
    }

    /**
     * The plan with the recipients of its content, read from {@link PlanRecipients} when they are listed apart (the
     * analysis needs every unit; nothing else reads them).
     */
    public PlanView withRecipients(PlanView plan) {
        if (plan.content() == null || !plan.content().recipientsListedApart()
                || !plan.content().recipients().isEmpty()) {
            return plan;
        }
        return plan.withRecipients(recipients.of(plan.planId()));
    }

    public PlanView on(PlanPublished event) {
        return merge(event.planId(), view -> view.published(event));
    }

    public PlanView on(PlanAmended event) {
        return merge(event.planId(), view -> view.amended(event));
    }

    public PlanView on(PlanClosed event) {
        return merge(event.planId(), view -> view.closed(event));
    }

    public PlanView on(PlanCancelled event) {
        return merge(event.planId(), view -> view.cancelled(event));
    }

    /** The plan, when at least one of its events has arrived. */
    public Optional<PlanView> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanView.class));
    }

    /** Plans whose content is known and that are neither closed nor cancelled. */
    public List<PlanView> active() {
        Query query = Query.query(Criteria.where("content").ne(null).and("closedAt").is(null)
                .and("cancelledAt").is(null));
        return mongo.find(query, PlanView.class);
    }

    /** Every plan whose content is known, the most recently published first. */
    public List<PlanView> known() {
        Query query = Query.query(Criteria.where("content").ne(null))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                        "publishedAt"));
        return mongo.find(query, PlanView.class);
    }

    /**
     * The plans that implement one of {@code planIds} (their {@code implementsPlanId}), cancelled ones left out, the
     * most recently published first; found by an index.
     */
    public List<PlanView> implementing(Collection<String> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where(IMPLEMENTS).in(planIds).and("cancelledAt").is(null))
                .with(Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("_id")));
        return mongo.find(query, PlanView.class);
    }

    /** Every plan whose content is known that {@code unitCode} issued, the most recently published first. */
    public List<PlanView> issuedBy(String unitCode) {
        Query query = Query.query(Criteria.where(ISSUER).is(unitCode))
                .with(Sort.by(Sort.Direction.DESC, "publishedAt"));
        return mongo.find(query, PlanView.class);
    }

    /** Forgets every plan, for a rebuild. */
    public long clear() {
        recipients.clear();
        return mongo.remove(new Query(), PlanView.class).getDeletedCount();
    }

    private PlanView merge(String planId, UnaryOperator<PlanView> change) {
        return Merges.merge(mongo, PlanView.class, planId,
                current -> change.apply(current == null ? PlanView.empty(planId) : current));
    }
}
