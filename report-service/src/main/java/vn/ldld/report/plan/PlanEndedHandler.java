package vn.ldld.report.plan;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.report.plan.PlanMessages.PlanEnded;

/** {@code plan-closed} and {@code plan-cancelled}: the plan view ends, closed or cancelled. */
@Component
class PlanEndedHandler implements EventHandler<PlanEnded> {

    private static final Logger log = LoggerFactory.getLogger(PlanEndedHandler.class);

    private final PlanViews views;

    PlanEndedHandler(PlanViews views) {
        this.views = views;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanMessages.CLOSED, PlanMessages.CANCELLED);
    }

    @Override
    public Class<PlanEnded> payloadType() {
        return PlanEnded.class;
    }

    @Override
    public void check(PlanEnded ended, InboundEvent event) {
        event.require(ended.planId() != null, "a valid planId");
    }

    @Override
    public void handle(PlanEnded ended, InboundEvent event) {
        PlanStatus status = PlanMessages.CLOSED.equals(event.type()) ? PlanStatus.CLOSED : PlanStatus.CANCELLED;
        views.end(ended.planId(), status, status == PlanStatus.CLOSED ? ended.closedAt() : ended.cancelledAt());
        log.atInfo().setMessage("Plan ended").addKeyValue("planId", ended.planId()).addKeyValue("status", status)
                .log();
    }
}
