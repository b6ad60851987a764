package vn.ldld.notification.report;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.notification.report.ReportEvents.ReportAccepted;

/** {@code report-accepted}, to {@link ReportIntake#accepted}. */
@Component
class ReportAcceptedHandler implements EventHandler<ReportAccepted> {

    private final ReportIntake intake;

    ReportAcceptedHandler(ReportIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReportEvents.ACCEPTED);
    }

    @Override
    public Class<ReportAccepted> payloadType() {
        return ReportAccepted.class;
    }

    @Override
    public void check(ReportAccepted event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.unitCode() != null, "planId and unitCode");
    }

    @Override
    public void handle(ReportAccepted event, InboundEvent inbound) {
        intake.accepted(event, inbound.metadata().time());
    }
}
