package vn.ldld.notification.plan;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.ldld.notification.plan.PlanEvents.Phase;
import vn.ldld.notification.plan.PlanEvents.Recipient;
import vn.ldld.notification.schedule.Addressee;

/** The copies of the plans; read by the report feature to address its notices. */
@Component
public class Plans {

    private final MongoTemplate mongo;

    Plans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The plan, if its PlanPublished has been read. */
    public Optional<PlanCopy> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanCopy.class));
    }

    void save(PlanCopy plan) {
        mongo.save(plan);
    }

    /** The unit as the plan names it (a recipient or the issuer), or a unit known only by its code. */
    public static Addressee addressee(PlanCopy plan, String unitCode) {
        if (plan != null) {
            for (Recipient recipient : plan.recipients()) {
                if (recipient.unit().code().equals(unitCode)) {
                    return toAddressee(recipient.unit());
                }
            }
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
