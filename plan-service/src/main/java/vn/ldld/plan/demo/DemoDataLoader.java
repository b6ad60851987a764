package vn.ldld.plan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once the service is ready (after the indexes exist), unless {@code plan.demo.enabled} is
 * false: the units first, then the plan that names them, then Trảng Bàng's implementing plan of it. A failure is logged and does not stop the service.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final DemoUnits units;
    private final DemoPlan plan;
    private final DemoImplementingPlan implementing;

    DemoDataLoader(DemoProperties properties, DemoUnits units, DemoPlan plan, DemoImplementingPlan implementing) {
        this.properties = properties;
        this.units = units;
        this.plan = plan;
        this.implementing = implementing;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void load() {
        if (!properties.enabled()) {
            log.atInfo().setMessage("Demo data disabled").addKeyValue("property", "plan.demo.enabled").log();
            return;
        }
        try {
            units.load();
            implementing.load(plan.load());
        } catch (RuntimeException e) {
            log.atError().setMessage("Demo data not loaded").addKeyValue("planId", DemoPlan.ID).setCause(e).log();
        }
    }
}
