package vn.ldld.notification.report;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.report.ReportEvents.ReportReturned;

/** {@code report-returned}, to {@link ReportIntake#returned}. */
@Component
class ReportReturnedHandler implements EventHandler<ReportReturned> {

    private final ReportIntake intake;

    ReportReturnedHandler(ReportIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReportEvents.RETURNED);
    }

    @Override
    public Class<ReportReturned> payloadType() {
        return ReportReturned.class;
    }

    @Override
    public void check(ReportReturned event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.unitCode() != null && event.reason() != null,
                "planId, unitCode and reason");
    }

    @Override
    public void handle(ReportReturned event, InboundEvent inbound) {
        intake.returned(event, inbound.metadata().time());
    }
}
