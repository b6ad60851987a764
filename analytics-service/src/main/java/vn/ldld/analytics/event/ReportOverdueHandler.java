package vn.ldld.analytics.event;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.notice.ReportOverdue;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;

/** {@code report-overdue}: the overdue notice. */
@Component
public class ReportOverdueHandler implements EventHandler<ReportOverdue> {

    private final Notices notices;

    public ReportOverdueHandler(Notices notices) {
        this.notices = notices;
    }

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.REPORT_OVERDUE);
    }

    @Override
    public Class<ReportOverdue> payloadType() {
        return ReportOverdue.class;
    }

    @Override
    public void check(ReportOverdue overdue, InboundEvent event) {
        event.require(overdue.planId() != null && overdue.unit() != null && overdue.unit().code() != null
                && overdue.deadline() != null, "one of: planId, unit.code, deadline");
    }

    @Override
    public void handle(ReportOverdue overdue, InboundEvent event) {
        notices.on(overdue);
    }
}
