package vn.ldld.analytics.event;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.report.ReportReceived;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.BatchEventHandler;

/** {@code report-submitted} and {@code report-revised}: the report fact; those in a row applied together. */
@Component
public class ReportReceivedHandler implements BatchEventHandler<ReportReceived> {

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
    public void handleAll(List<Received<ReportReceived>> events) {
        reports.onAll(events.stream().map(Received::payload).toList());
    }
}
