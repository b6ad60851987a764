package vn.ldld.notification.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.ldld.notification.delivery.Deliveries;
import vn.ldld.notification.delivery.Deliveries.Reach;

/**
 * Decides what becomes of a claimed notification: a reminder that has become pointless is cancelled (the unit
 * reported) or skipped (its deadline passed, or a later reminder of the same unit and phase is due as well: after
 * downtime only the latest still-relevant one goes out); any other is sent on the channels that reach its unit.
 */
@Component
class DueDecisions {

    private final MongoTemplate mongo;
    private final ReportLedger reports;
    private final Deliveries deliveries;

    DueDecisions(MongoTemplate mongo, ReportLedger reports, Deliveries deliveries) {
        this.mongo = mongo;
        this.reports = reports;
        this.deliveries = deliveries;
    }

    /** The channels that reach the notification's unit, with the unit's preferences they were decided from. */
    Reach channelsFor(Notification n) {
        return deliveries.reach(n.unit().code());
    }

    /** The channels that reach the units of {@code notifications}, by unit code: their preferences read at once. */
    Map<String, Reach> channelsFor(Collection<Notification> notifications) {
        return deliveries.reach(notifications.stream().map(n -> n.unit().code()).distinct().toList());
    }

    /** Null when it is to be sent, otherwise why not. */
    Unsent whyNotSend(Notification n, Instant now) {
        String planId = n.plan().planId();
        String unit = n.subjectUnit().code();
        if (n.kind() == NotificationKind.RETURNED_FOLLOW_UP) {
            int revision = Integer.parseInt(n.details().getOrDefault("revision", "0"));
            return reports.awaitsRevision(planId, n.phaseNumber(), unit, revision) ? null
                    : new Unsent(NotificationStatus.CANCELLED, "resubmitted or accepted since it was returned");
        }
        if (NotificationKind.ANSWERED_BY_REPORT.contains(n.kind()) && reports.hasReported(planId, n.phaseNumber(),
                unit)) {
            return new Unsent(NotificationStatus.CANCELLED, "the unit reported");
        }
        if (NotificationKind.BEFORE_THE_DEADLINE.contains(n.kind())) {
            if (!now.isBefore(n.deadline())) {
                return new Unsent(NotificationStatus.SKIPPED, "stale: the deadline passed before it could be sent");
            }
            Query later = Query.query(Criteria.where("plan.planId").is(planId).and("phaseNumber").is(n.phaseNumber())
                    .and("subjectUnit.code").is(unit).and("kind").in(NotificationKind.BEFORE_THE_DEADLINE)
                    .and("status").in(NotificationStatus.PENDING, NotificationStatus.CLAIMED, NotificationStatus.SENT)
                    .and("dueAt").gt(n.dueAt()).lte(now));
            if (mongo.exists(later, Notification.class)) {
                return new Unsent(NotificationStatus.SKIPPED, "stale: superseded by a later reminder due as well");
            }
        }
        return null;
    }

    /** Why a claimed notification is not sent, and what it becomes. */
    record Unsent(NotificationStatus status, String reason) {
    }
}
