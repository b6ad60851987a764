package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.report.ReportAccepted;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code report-accepted}: the report fact. */
@Component
public class ReportAcceptedHandler implements EventHandler<ReportAccepted> {

    private final ReportFacts reports;

    public ReportAcceptedHandler(ReportFacts reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.REPORT_ACCEPTED);
    }

    @Override
    public Class<ReportAccepted> payloadType() {
        return ReportAccepted.class;
    }

    @Override
    public void check(ReportAccepted accepted, InboundEvent event) {
        event.require(accepted.reportId() != null && accepted.unitCode() != null, "one of: reportId, unitCode");
    }

    @Override
    public void handle(ReportAccepted accepted, InboundEvent event) {
        reports.on(accepted);
    }
}
