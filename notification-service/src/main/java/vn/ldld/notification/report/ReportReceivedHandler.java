package vn.ldld.notification.report;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.BatchEventHandler;
import vn.ldld.notification.report.ReportEvents.ReportReceived;

/**
 * {@code report-submitted} and {@code report-revised}, to {@link ReportIntake#receivedAll}: those that arrive in a
 * row are applied together.
 */
@Component
class ReportReceivedHandler implements BatchEventHandler<ReportReceived> {

    private final ReportIntake intake;

    ReportReceivedHandler(ReportIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReportEvents.SUBMITTED, ReportEvents.REVISED);
    }

    @Override
    public Class<ReportReceived> payloadType() {
        return ReportReceived.class;
    }

    @Override
    public void check(ReportReceived event, InboundEvent inbound) {
        inbound.require(event.planId() != null && event.unit() != null && event.unit().code() != null,
                "planId and unit");
    }

    @Override
    public void handleAll(List<Received<ReportReceived>> events) {
        intake.receivedAll(events.stream().map(received -> new ReportIntake.Received(received.payload(),
                received.event().metadata().time())).toList());
    }
}
