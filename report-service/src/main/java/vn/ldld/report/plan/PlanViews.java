package vn.ldld.report.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.store.Indexes;

/**
 * The plan views: read by intake, written by the plan-event handlers only ({@link PlanEventsListener}). Writes are idempotent and ordered by
 * plan version: content older than or equal to the stored version is ignored, and the end of a plan (closed,
 * cancelled) is never undone by content arriving after it.
 *
 * <p>Intake reads a plan for every submission; during a deadline rush that is the same document hundreds of
 * times a second, so a view read is reused for {@link PlanViewProperties#cacheTtl()} (1 s). After that only the
 * view's stamp (version, status, end) is read again, a few bytes; the whole view, which lists every must-report
 * unit, is read again only when the stamp has changed. So the cost of a report does not grow with the number of
 * units a plan has.
 *
 * <p>A plan known from v2 events lists its recipients apart ({@link PlanRecipients}, one document per unit): its
 * view holds no unit. Its must-report units are read in one query and held beside the cached view (up to
 * {@value #MAX_CACHED_UNITS} units across the plans; one request at a time reads them, so a rush on a plan of 20,000
 * units does not read them 16 times at once), so intake asks the store nothing about the unit; a unit not among
 * them (listed since, or not listed at all, or while another request reads them) is one read by {@code _id} of that
 * unit's document. Every
 * change of a plan's recipients counts up the view's {@code recipientsRevision}, which is part of the stamp: another
 * instance sees the change within the same {@code cache-ttl} as any other change of the plan.
 */
@Component
public class PlanViews {

    private static final int MAX_CACHED_PLANS = 1_000;
    /** Must-report units of listed plans held with their cached views, all plans together (about 200 bytes each). */
    static final int MAX_CACHED_UNITS = 100_000;

    private final MongoTemplate mongo;
    private final PlanRecipients recipients;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, ListedUnits> listed = new ConcurrentHashMap<>();
    private final ReentrantLock listing = new ReentrantLock();

    PlanViews(MongoTemplate mongo, PlanRecipients recipients, PlanViewProperties properties) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.ttlNanos = properties.cacheTtl().toNanos();
        // the implementing plans a unit issued of a plan (the district's report pre-filled from its sub-units)
        Indexes.ensure(mongo, PlanView.class, new Index().on("implementsPlanId", Sort.Direction.ASC)
                .on("issuer.code", Sort.Direction.ASC).named("implementing_plans_by_issuer"));
    }

    /** A view as read at {@code readAt}, with its stamp's recipients revision. */
    private record Cached(PlanView view, long recipientsRevision, long readAt) {

        boolean sameStamp(Stamp stamp) {
            return view.version() == stamp.version() && view.status() == stamp.status()
                    && Objects.equals(view.endedAt(), stamp.endedAt())
                    && recipientsRevision == stamp.recipientsRevisionOrZero();
        }

        Cached confirmedAt(long now) {
            return new Cached(view, recipientsRevision, now);
        }
    }

    /** The must-report units of a plan listed apart, by code, as of a recipients revision of its stamp or later. */
    private record ListedUnits(long recipientsRevision, Map<String, UnitRef> units) {
    }

    /** What tells one state of a view from another: every write of a view or of its recipients changes one. */
    @Document("plan_views")
    record Stamp(@Id String planId, long version, PlanStatus status, Instant endedAt, Long recipientsRevision) {

        long recipientsRevisionOrZero() {
            return recipientsRevision == null ? 0 : recipientsRevision;
        }
    }

    /**
     * The plan as intake needs it for one unit, at most {@code report.plan-view.cache-ttl} old.
     *
     * @return the view (its {@code mustReport} holds {@code unitCode} if that unit must report, and may hold
     *         others); empty when no event of the plan has arrived
     */
    public Optional<PlanView> forUnit(String planId, String unitCode) {
        if (ttlNanos <= 0) {
            return readForUnit(planId, unitCode)
                    .map(view -> view.recipientsListed() ? withListedUnit(view, unitCode) : view);
        }
        return cached(planId).map(cached -> {
            PlanView view = cached.view();
            if (!view.recipientsListed()) {
                return view;
            }
            Map<String, UnitRef> units = listedUnits(cached);
            UnitRef unit = units == null ? null : units.get(unitCode);
            return unit != null ? view.withMustReport(Map.of(unitCode, unit)) : withListedUnit(view, unitCode);
        });
    }

    /**
     * The plan's must-report units as of its cached stamp, or null when they are not held: read by one request at a
     * time (the others meanwhile read their unit by {@code _id}), and not held when they would pass
     * {@link #MAX_CACHED_UNITS} with those of the other plans.
     */
    private Map<String, UnitRef> listedUnits(Cached cached) {
        String planId = cached.view().planId();
        ListedUnits held = listed.get(planId);
        if (held != null && held.recipientsRevision() == cached.recipientsRevision()) {
            return held.units();
        }
        if (!listing.tryLock()) {
            return null;
        }
        try {
            listed.remove(planId);
            int room = MAX_CACHED_UNITS - listed.values().stream().mapToInt(other -> other.units().size()).sum();
            // read after the revision of the stamp: a change from here on counts it up, and these are not used
            Map<String, UnitRef> units = room <= 0 ? null : recipients.mustReportUpTo(planId, room);
            if (units != null) {
                listed.put(planId, new ListedUnits(cached.recipientsRevision(), units));
            }
            return units;
        } finally {
            listing.unlock();
        }
    }

    private PlanView withListedUnit(PlanView view, String unitCode) {
        Map<String, UnitRef> unit = recipients.find(view.planId(), unitCode)
                .filter(PlanRecipients.PlanRecipient::mustReport)
                .map(recipient -> Map.of(unitCode, recipient.unit())).orElse(Map.of());
        return view.withMustReport(unit);
    }

    private Optional<Cached> cached(String planId) {
        long now = System.nanoTime();
        Cached cached = cache.get(planId);
        if (cached != null && now - cached.readAt() <= ttlNanos) {
            return Optional.of(cached);
        }
        Optional<Stamp> stamp = stampOf(planId);
        if (cached != null && stamp.filter(cached::sameStamp).isPresent()) {
            Cached confirmed = cached.confirmedAt(now);
            cache.put(planId, confirmed);
            return Optional.of(confirmed);
        }
        Optional<PlanView> view = find(planId);
        // only a plan known with its content is reused: one another instance has just learnt must not look unknown
        if (view.isEmpty() || !view.get().hasContent()) {
            return Optional.empty();
        }
        Cached read = new Cached(view.get(), stamp.map(Stamp::recipientsRevisionOrZero).orElse(0L), now);
        if (cache.size() >= MAX_CACHED_PLANS) {
            cache.clear();
            listed.clear();
        }
        cache.put(planId, read);
        return Optional.of(read);
    }

    /**
     * Tells the views that the recipients of plan {@code planId} changed (listed, their role changed, or dropped):
     * counts up the recipients revision of its stamp, after the change.
     */
    void recipientsChanged(String planId) {
        try {
            mongo.updateFirst(query(where("_id").is(planId)), new Update().inc("recipientsRevision", 1),
                    PlanView.class);
        } finally {
            cache.remove(planId);
            listed.remove(planId);
        }
    }

    private Optional<Stamp> stampOf(String planId) {
        Query query = query(where("_id").is(planId));
        query.fields().include("version", "status", "endedAt", "recipientsRevision");
        return Optional.ofNullable(mongo.findOne(query, Stamp.class));
    }

    private Optional<PlanView> readForUnit(String planId, String unitCode) {
        Query query = query(where("_id").is(planId));
        query.fields().include("version", "status", "endedAt", "issuer", "timeZone", "phases", "indicators",
                "sections", "recipientsListed", "number", "implementsPlanId", "mustReport." + unitCode);
        return Optional.ofNullable(mongo.findOne(query, PlanView.class));
    }

    /** The whole view, or empty. */
    public Optional<PlanView> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanView.class));
    }

    /**
     * The plans implementing plan {@code planId} that unit {@code issuerCode} issued, cancelled ones left out; one
     * indexed query.
     */
    public List<PlanView> implementing(String planId, String issuerCode) {
        return mongo.find(query(where("implementsPlanId").is(planId).and("issuer.code").is(issuerCode)
                .and("status").ne(PlanStatus.CANCELLED)).with(Sort.by("_id")), PlanView.class);
    }

    /**
     * Every unit that must report on {@code plan} (a view read whole by {@link #find}): one query of its listed
     * recipients, or the units kept in the view of a plan of v1 events.
     */
    public Collection<UnitRef> mustReportUnits(PlanView plan) {
        if (plan.recipientsListed()) {
            return recipients.mustReport(plan.planId());
        }
        return plan.mustReport() == null ? List.of() : plan.mustReport().values();
    }

    /**
     * Stores the content of a plan version unless the stored one is as new or newer.
     *
     * @return whether the view changed
     */
    boolean applyContent(PlanView content) {
        try {
            return storeContent(content);
        } finally {
            cache.remove(content.planId());
        }
    }

    private boolean storeContent(PlanView content) {
        Query older = query(where("_id").is(content.planId()).and("version").lt(content.version()));
        Update update = new Update().set("version", content.version()).set("issuer", content.issuer())
                .set("timeZone", content.timeZone()).set("phases", content.phases())
                .set("indicators", content.indicators()).set("sections", content.sections())
                .set("mustReport", content.mustReport()).set("recipientsListed", content.recipientsListed())
                .set("number", content.number()).set("implementsPlanId", content.implementsPlanId());
        if (mongo.updateFirst(older, update, PlanView.class).getMatchedCount() == 1) {
            return true;
        }
        try {
            mongo.insert(content);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // as new or newer, or created a moment ago by another event of the plan: try the guarded update once more
            return mongo.updateFirst(older, update, PlanView.class).getMatchedCount() == 1;
        }
    }

    /** Marks the plan closed or cancelled, whatever order its events arrive in. */
    void end(String planId, PlanStatus status, Instant at) {
        try {
            storeEnd(planId, status, at);
        } finally {
            cache.remove(planId);
        }
    }

    private void storeEnd(String planId, PlanStatus status, Instant at) {
        Query notEnded = query(where("_id").is(planId).and("status").is(PlanStatus.PUBLISHED));
        Update update = new Update().set("status", status).set("endedAt", at);
        if (mongo.updateFirst(notEnded, update, PlanView.class).getMatchedCount() == 1) {
            return;
        }
        try {
            mongo.upsert(query(where("_id").is(planId)), new Update().setOnInsert("status", status)
                    .setOnInsert("endedAt", at).setOnInsert("version", 0L), PlanView.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            mongo.updateFirst(notEnded, update, PlanView.class);
        }
    }
}
