package vn.ldld.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.store.Merges;
import vn.ldld.analytics.unit.Unit;
import vn.ldld.messaging.store.Indexes;

/** The report read model: applies report events and lists the reports of a plan. */
@Component
public class ReportFacts {

    private final MongoTemplate mongo;

    public ReportFacts(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, ReportFact.class,
                new Index().on("planId", Sort.Direction.ASC).on("phaseNumber", Sort.Direction.ASC));
    }

    /** A first submission is most likely new to the model: inserted without a read first. */
    public ReportFact on(ReportReceived event) {
        UnaryOperator<ReportFact> change = empty(event.reportId(), event.planId(), event.phaseNumber(), event.unit(),
                fact -> fact.received(event));
        return event.revision() <= 1 ? Merges.mergeNew(mongo, ReportFact.class, event.reportId(), change)
                : Merges.merge(mongo, ReportFact.class, event.reportId(), change);
    }

    /**
     * Several reports received, as {@link #on(ReportReceived)} applies each: the first submissions inserted together
     * in one command; revisions, and a report met twice, merged one by one in their order.
     */
    public void onAll(List<ReportReceived> events) {
        Map<String, UnaryOperator<ReportFact>> firsts = new LinkedHashMap<>();
        List<ReportReceived> others = new ArrayList<>();
        for (ReportReceived event : events) {
            if (event.revision() <= 1 && !firsts.containsKey(event.reportId()) && others.isEmpty()) {
                firsts.put(event.reportId(), empty(event.reportId(), event.planId(), event.phaseNumber(),
                        event.unit(), fact -> fact.received(event)));
            } else {
                others.add(event);
            }
        }
        Merges.mergeAllNew(mongo, ReportFact.class, firsts);
        others.forEach(this::on);
    }

    public ReportFact on(ReportReturned event) {
        return merge(event.reportId(), event.planId(), event.phaseNumber(),
                Unit.of(event.unitCode(), event.parentUnitCode()),
                fact -> fact.reviewed(event.revision(), false, event.returnedAt(), event.reason()));
    }

    public ReportFact on(ReportAccepted event) {
        return merge(event.reportId(), event.planId(), event.phaseNumber(),
                Unit.of(event.unitCode(), event.parentUnitCode()),
                fact -> fact.reviewed(event.revision(), true, event.acceptedAt(), null));
    }

    /** The reports of one phase of a plan, received or only reviewed so far. */
    public List<ReportFact> of(String planId, int phaseNumber) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId).and("phaseNumber").is(phaseNumber)),
                ReportFact.class);
    }

    /**
     * The reports of one phase of a plan without their indicator values and narrative texts (null): what counting
     * them needs, for a fraction of the bytes the store sends and this service reads.
     */
    public List<ReportFact> withoutContent(String planId, int phaseNumber) {
        Query query = Query.query(Criteria.where("planId").is(planId).and("phaseNumber").is(phaseNumber));
        query.fields().exclude("values", "narrative");
        return mongo.find(query, ReportFact.class);
    }

    /** Forgets every report, for a rebuild. */
    public long clear() {
        return mongo.remove(new Query(), ReportFact.class).getDeletedCount();
    }

    private ReportFact merge(String reportId, String planId, int phaseNumber, Unit unit,
                             UnaryOperator<ReportFact> change) {
        return Merges.merge(mongo, ReportFact.class, reportId, empty(reportId, planId, phaseNumber, unit, change));
    }

    /** {@code change}, applied to an empty report when there is none yet. */
    private static UnaryOperator<ReportFact> empty(String reportId, String planId, int phaseNumber, Unit unit,
                                                   UnaryOperator<ReportFact> change) {
        return current -> change.apply(current == null ? ReportFact.empty(reportId, planId, phaseNumber, unit)
                : current);
    }
}
