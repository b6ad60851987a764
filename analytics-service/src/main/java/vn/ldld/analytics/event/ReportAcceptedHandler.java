package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.report.ReportAccepted;
import vn.ldld.analytics.report.ParentReviews;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code report-accepted}: the report fact, and the parent's decision when the parent accepted it. */
@Component
public class ReportAcceptedHandler implements EventHandler<ReportAccepted> {

    private final ReportFacts reports;
    private final ParentReviews parentReviews;

    public ReportAcceptedHandler(ReportFacts reports, ParentReviews parentReviews) {
        this.reports = reports;
        this.parentReviews = parentReviews;
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
        parentReviews.on(accepted);
    }
}
