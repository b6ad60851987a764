package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.report.ParentReviews;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.report.ReportReturned;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code report-returned}: the report fact, and the parent's decision when the parent returned it. */
@Component
public class ReportReturnedHandler implements EventHandler<ReportReturned> {

    private final ReportFacts reports;
    private final ParentReviews parentReviews;

    public ReportReturnedHandler(ReportFacts reports, ParentReviews parentReviews) {
        this.reports = reports;
        this.parentReviews = parentReviews;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.REPORT_RETURNED);
    }

    @Override
    public Class<ReportReturned> payloadType() {
        return ReportReturned.class;
    }

    @Override
    public void check(ReportReturned returned, InboundEvent event) {
        event.require(returned.reportId() != null && returned.unitCode() != null, "one of: reportId, unitCode");
    }

    @Override
    public void handle(ReportReturned returned, InboundEvent event) {
        reports.on(returned);
        parentReviews.on(returned);
    }
}
