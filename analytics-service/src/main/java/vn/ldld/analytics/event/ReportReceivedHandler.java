package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.report.ReportReceived;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code report-submitted} and {@code report-revised}: the report fact. */
@Component
public class ReportReceivedHandler implements EventHandler<ReportReceived> {

    private final ReportFacts reports;

    public ReportReceivedHandler(ReportFacts reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_REVISED);
    }

    @Override
    public Class<ReportReceived> payloadType() {
        return ReportReceived.class;
    }

    @Override
    public void check(ReportReceived received, InboundEvent event) {
        event.require(received.reportId() != null && received.planId() != null && received.unit() != null
                && received.unit().code() != null && received.receivedAt() != null && received.revision() > 0,
                "one of: reportId, planId, unit.code, receivedAt, revision");
    }

    @Override
    public void handle(ReportReceived received, InboundEvent event) {
        reports.on(received);
    }
}
