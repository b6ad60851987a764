package vn.ldld.analytics.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.analytics.notice.Notices;
import vn.ldld.analytics.notice.ReminderSent;
import vn.ldld.analytics.notice.ReportOverdue;
import vn.ldld.analytics.plan.PlanAmended;
import vn.ldld.analytics.plan.PlanCancelled;
import vn.ldld.analytics.plan.PlanClosed;
import vn.ldld.analytics.plan.PlanPublished;
import vn.ldld.analytics.plan.PlanViews;
import vn.ldld.analytics.report.ReportAccepted;
import vn.ldld.analytics.report.ReportFacts;
import vn.ldld.analytics.report.ReportReceived;
import vn.ldld.analytics.report.ReportReturned;
import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.cloudevents.InvalidEventException;

/**
 * Applies one event to the read model it feeds. Reads tolerantly (unknown fields and enum values are kept or
 * ignored, unknown types skipped); an event it cannot read is an {@link InvalidEventException}, a dead letter.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final PlanViews plans;
    private final ReportFacts reports;
    private final Notices notices;

    public Projector(PlanViews plans, ReportFacts reports, Notices notices) {
        this.plans = plans;
        this.reports = reports;
        this.notices = notices;
    }

    /**
     * Applies {@code event}; applying the same event again changes nothing.
     *
     * @return whether the type is one analytics applies
     */
    public boolean apply(InboundEvent event) {
        switch (event.type()) {
            case EventTypes.PLAN_PUBLISHED -> {
                PlanPublished published = read(event, PlanPublished.class);
                require(event, published.planId() != null && published.plan() != null, "planId, plan");
                plans.on(published);
            }
            case EventTypes.PLAN_AMENDED -> {
                PlanAmended amended = read(event, PlanAmended.class);
                require(event, amended.planId() != null && amended.plan() != null, "planId, plan");
                plans.on(amended);
            }
            case EventTypes.PLAN_CLOSED -> {
                PlanClosed closed = read(event, PlanClosed.class);
                require(event, closed.planId() != null && closed.closedAt() != null, "planId, closedAt");
                plans.on(closed);
            }
            case EventTypes.PLAN_CANCELLED -> {
                PlanCancelled cancelled = read(event, PlanCancelled.class);
                require(event, cancelled.planId() != null && cancelled.cancelledAt() != null,
                        "planId, cancelledAt");
                plans.on(cancelled);
            }
            case EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_REVISED -> {
                ReportReceived received = read(event, ReportReceived.class);
                require(event, received.reportId() != null && received.planId() != null && received.unit() != null
                        && received.unit().code() != null && received.receivedAt() != null
                        && received.revision() > 0, "reportId, planId, unit.code, receivedAt, revision");
                reports.on(received);
            }
            case EventTypes.REPORT_RETURNED -> {
                ReportReturned returned = read(event, ReportReturned.class);
                require(event, returned.reportId() != null && returned.unitCode() != null, "reportId, unitCode");
                reports.on(returned);
            }
            case EventTypes.REPORT_ACCEPTED -> {
                ReportAccepted accepted = read(event, ReportAccepted.class);
                require(event, accepted.reportId() != null && accepted.unitCode() != null, "reportId, unitCode");
                reports.on(accepted);
            }
            case EventTypes.REPORT_OVERDUE -> {
                ReportOverdue overdue = read(event, ReportOverdue.class);
                require(event, overdue.planId() != null && overdue.unit() != null && overdue.unit().code() != null
                        && overdue.deadline() != null, "planId, unit.code, deadline");
                notices.on(overdue);
            }
            case EventTypes.REMINDER_SENT -> {
                ReminderSent reminder = read(event, ReminderSent.class);
                require(event, reminder.notificationId() != null && reminder.planId() != null
                        && reminder.unitCode() != null, "notificationId, planId, unitCode");
                notices.on(reminder);
            }
            default -> {
                log.atInfo().setMessage("Event type not used by analytics, skipped")
                        .addKeyValue("eventType", event.type()).addKeyValue("eventId", event.id()).log();
                return false;
            }
        }
        return true;
    }

    private static <T> T read(InboundEvent event, Class<T> type) {
        return event.payloadAs(JSON, type);
    }

    private static void require(InboundEvent event, boolean present, String fields) {
        if (!present) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks one of: " + fields);
        }
    }
}
