package vn.ldld.notification.plan;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.notification.plan.PlanEvents.Phase;
import vn.ldld.notification.plan.PlanEvents.Recipient;
import vn.ldld.notification.schedule.Addressee;

/** The copies of the plans; read by the report feature to address its notices. */
@Component
public class Plans {

    private static final List<String> ALL_BUT_RECIPIENTS = Arrays.stream(PlanCopy.class.getRecordComponents())
            .map(RecordComponent::getName).filter(name -> !name.equals("recipients") && !name.equals("planId"))
            .toList();

    private final MongoTemplate mongo;
    private final PlanRecipients recipients;

    Plans(MongoTemplate mongo, PlanRecipients recipients) {
        this.mongo = mongo;
        this.recipients = recipients;
    }

    /** The plan, if its PlanPublished has been read. */
    public Optional<PlanCopy> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanCopy.class));
    }

    /**
     * The plan with, of its recipients, only the unit {@code unitCode} (none when it is not one). A report's notice
     * needs no more, and reading every recipient of a plan of thousands of units for each report made the cost of a
     * report grow with the size of the plan.
     */
    public Optional<PlanCopy> forUnit(String planId, String unitCode) {
        return withoutListed(planId, unitCode).map(plan -> plan.recipientsListed()
                ? plan.withRecipients(recipients.find(planId, unitCode).stream().toList()) : plan);
    }

    /**
     * The plan as {@link #forUnit} reads it, but without the recipients listed apart: one read. Of a plan of v1
     * events it holds the unit {@code unitCode} if that is a recipient, of a plan whose recipients are listed apart
     * none; {@link #addresseesIn} names other units of it.
     */
    public Optional<PlanCopy> withoutListed(String planId, String unitCode) {
        Query query = Query.query(Criteria.where("_id").is(planId));
        ALL_BUT_RECIPIENTS.forEach(query.fields()::include);
        query.fields().elemMatch("recipients", Criteria.where("unit.code").is(unitCode));
        return Optional.ofNullable(mongo.findOne(query, PlanCopy.class));
    }

    /**
     * Units of a plan {@link #forUnit} or {@link #withoutListed} read, each as the plan names it (a recipient or the
     * issuer) or known only by its code, by code. For a plan whose recipients are listed apart their documents are
     * read in one query, not the plan again; a plan of v1 events is read again for each unit it does not hold.
     */
    public Map<String, Addressee> addresseesIn(PlanCopy plan, Collection<String> unitCodes) {
        Map<String, Addressee> named = new LinkedHashMap<>();
        if (plan == null || unitCodes.isEmpty()) {
            unitCodes.forEach(code -> named.put(code, Addressee.known(code)));
            return named;
        }
        if (plan.recipientsListed()) {
            Map<String, PlanRecipients.Listed> listed = recipients.listed(plan.planId(), unitCodes);
            unitCodes.forEach(code -> named.put(code, addressee(plan.withRecipients(listed.containsKey(code)
                    ? List.of(listed.get(code).recipient()) : List.of()), code)));
            return named;
        }
        for (String code : unitCodes) {
            boolean held = plan.recipients() != null && plan.recipients().stream()
                    .anyMatch(recipient -> recipient.unit().code().equals(code));
            named.put(code, addressee(held ? plan : forUnit(plan.planId(), code).orElse(null), code));
        }
        return named;
    }

    /** Every recipient of the plan: inside its copy (v1 events) or listed apart (v2 events). */
    List<Recipient> recipientsOf(PlanCopy plan) {
        return plan.recipientsListed() ? recipients.all(plan.planId()) : plan.recipients();
    }

    void save(PlanCopy plan) {
        mongo.save(plan);
    }

    /** The unit as the plan names it (a recipient or the issuer), or a unit known only by its code. */
    public static Addressee addressee(PlanCopy plan, String unitCode) {
        if (plan != null && plan.recipients() != null) {
            for (Recipient recipient : plan.recipients()) {
                if (recipient.unit().code().equals(unitCode)) {
                    return toAddressee(recipient.unit());
                }
            }
        }
        if (plan != null) {
            if (plan.issuer() != null && plan.issuer().code().equals(unitCode)) {
                return toAddressee(plan.issuer());
            }
        }
        return Addressee.known(unitCode);
    }

    /** The deadline of a phase, if the plan has it. */
    public static Optional<Instant> deadline(PlanCopy plan, int phaseNumber) {
        return plan == null ? Optional.empty() : plan.phases().stream().filter(p -> p.number() == phaseNumber)
                .map(Phase::reportDeadline).findFirst();
    }

    static Addressee toAddressee(PlanEvents.UnitRef unit) {
        return new Addressee(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentCode());
    }
}
