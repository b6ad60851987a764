package vn.ldld.plan.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanAuthor;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.PlanNotFoundException;
import vn.ldld.plan.plans.PlanService;
import vn.ldld.plan.plans.PlanStatus;
import vn.ldld.plan.plans.PlanStatusConflictException;
import vn.ldld.plan.plans.PlanVersionMismatchException;
import vn.ldld.plan.plans.Signer;

/**
 * The demo's plan that cascades: LĐLĐ thị xã Trảng Bàng's implementing plan (Kế hoạch triển khai) of the demo plan,
 * made as {@code POST /api/plans/{id}/implementations} makes it, issued at Trảng Bàng on 14/7/2023, addressed to the
 * grassroots unions under the district, created and published when absent once the demo plan is published.
 *
 * <p>As {@link DemoPlan}: a fixed, name-based id ({@link #ID}), so that one insert only wins when several instances
 * start at once and a restart finds it; only the instance that created it publishes it; a draft left by an instance
 * that stopped in between is published by the next start.
 */
@Component
class DemoImplementingPlan {

    /** Key of the plan, the seed of its id. */
    static final String KEY = "trien-khai-dan-van-dot-1-2023-ldld-tb";
    /** Id of the plan. */
    static final String ID = UUID.nameUUIDFromBytes(("vn.ldld.plan.demo/" + KEY).getBytes(StandardCharsets.UTF_8))
            .toString();
    /** The district federation that issues it. */
    static final String UNIT = "LDLD-TB";
    private static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(DemoImplementingPlan.class);

    private final PlanService plans;
    private final Clock clock;

    DemoImplementingPlan(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The content: the draft the endpoint makes, with its place, date of issue and signer (the name left blank). */
    PlanContent content() {
        return plans.implementation(DemoPlan.ID, UNIT, PlanAuthor.province()).withPlace("Trảng Bàng")
                .withIssuedOn(LocalDate.of(2023, 7, 14)).withSigner(new Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", ""));
    }

    /**
     * Creates and publishes the plan if it does not exist yet and the demo plan it implements is published (else an
     * instance publishing the demo plan now makes it, or the next start does).
     *
     * @return the plan as stored now, if there is one
     */
    Optional<Plan> load(Plan demoPlan) {
        Optional<Plan> existing = find();
        if (existing.isEmpty() && demoPlan.status() != PlanStatus.PUBLISHED) {
            return Optional.empty();
        }
        Plan plan;
        if (existing.isEmpty()) {
            try {
                plan = plans.create(ID, content());
            } catch (DuplicateKeyException anotherInstanceCreatedIt) {
                return find();
            }
        } else {
            plan = existing.get();
            boolean abandoned = plan.createdAt().plus(ABANDONED).isBefore(clock.instant());
            if (plan.status() != PlanStatus.DRAFT || !abandoned) {
                return Optional.of(plan);
            }
        }
        try {
            Plan published = plans.publish(ID, plan.version(), DemoPlan.PUBLISHER);
            log.atInfo().setMessage("Demo implementing plan published").addKeyValue("planId", ID)
                    .addKeyValue("number", published.number()).log();
            return Optional.of(published);
        } catch (PlanVersionMismatchException | PlanStatusConflictException publishedMeanwhile) {
            return find();
        }
    }

    private Optional<Plan> find() {
        try {
            return Optional.of(plans.get(ID));
        } catch (PlanNotFoundException e) {
            return Optional.empty();
        }
    }
}
