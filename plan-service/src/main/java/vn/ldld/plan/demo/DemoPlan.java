package vn.ldld.plan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.PlanNotFoundException;
import vn.ldld.plan.plans.PlanService;
import vn.ldld.plan.plans.PlanStatus;
import vn.ldld.plan.plans.PlanStatusConflictException;
import vn.ldld.plan.plans.PlanVersionMismatchException;

/**
 * The demo plan: Kế hoạch phối hợp tham gia làm công tác dân vận đợt I/2023 of LĐLĐ tỉnh Tây Ninh, transcribed in
 * {@value #RESOURCE}, created and published (so that {@code PlanPublished} goes out) when absent.
 *
 * <p>It has a fixed, name-based id ({@link #ID}): the unique {@code _id} lets one insert only win when several
 * instances start at once, and a restart finds it. Only the instance that created it publishes it, so that no other
 * instance takes a number for it; a draft left by an instance that stopped in between is published by the next start.
 */
@Component
class DemoPlan {

    /** Key of the demo plan, the seed of its id. */
    static final String KEY = "dan-van-dot-1-2023";
    /** Id of the demo plan. */
    static final String ID = UUID.nameUUIDFromBytes(("vn.ldld.plan.demo/" + KEY).getBytes(StandardCharsets.UTF_8))
            .toString();
    static final String RESOURCE = "demo/" + KEY + ".json";
    /** Who publishes the demo plan. */
    static final String PUBLISHER = "demo-data";
    /** A draft of the demo plan older than this was left by a stopped instance, not one publishing it now. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    private final PlanService plans;
    private final ObjectMapper json;
    private final Clock clock;

    DemoPlan(PlanService plans, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.json = json;
        this.clock = clock;
    }

    /** The content of the demo plan. */
    PlanContent content() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, PlanContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Creates and publishes the demo plan if it does not exist yet.
     *
     * @return the demo plan as stored now
     */
    Plan load() {
        Optional<Plan> existing = find();
        Plan plan;
        if (existing.isEmpty()) {
            try {
                plan = plans.create(ID, content());
            } catch (DuplicateKeyException anotherInstanceCreatedIt) {
                return find().orElseThrow();
            }
        } else {
            plan = existing.get();
            boolean abandoned = plan.createdAt().plus(ABANDONED).isBefore(clock.instant());
            if (plan.status() != PlanStatus.DRAFT || !abandoned) {
                return plan;
            }
        }
        try {
            Plan published = plans.publish(ID, plan.version(), PUBLISHER);
            log.atInfo().setMessage("Demo plan published").addKeyValue("planId", ID)
                    .addKeyValue("number", published.number()).log();
            return published;
        } catch (PlanVersionMismatchException | PlanStatusConflictException publishedMeanwhile) {
            return find().orElseThrow();
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
