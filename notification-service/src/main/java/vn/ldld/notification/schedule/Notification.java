package vn.ldld.notification.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification to one unit, scheduled for {@code dueAt}: a document of the {@code notifications} collection.
 * Its {@code _id} is the natural key (plan, phase, unit, kind, due time), so scheduling it twice is a no-op and it
 * can be sent only once; the events its sending causes wait in the same document (outbox).
 *
 * @param id natural key, see {@link #keyOf}
 * @param notificationId UUID derived from the key: the inbox entry id and the ReminderSent {@code notificationId}
 * @param plan the plan it is about
 * @param phaseNumber phase, 0 for a notice about the whole plan
 * @param kind why it is sent
 * @param unit addressee
 * @param subjectUnit the unit whose report it is about (the addressee, except for an escalation)
 * @param deadline the phase deadline in force, or null for a notice about the whole plan
 * @param dueAt when it is to be sent
 * @param details data for the template (reason, receipt number, changes)
 * @param status where it stands
 * @param owner scheduler instance holding the claim
 * @param leaseUntil end of the claim
 * @param sentAt when it was sent
 * @param outcome why it was cancelled or skipped
 * @param channels channels it went out on
 * @param createdAt when it was scheduled
 */
@Document(Notification.COLLECTION)
public record Notification(@Id String id, String notificationId, PlanRef plan, int phaseNumber, NotificationKind kind,
                           Addressee unit, Addressee subjectUnit, Instant deadline, Instant dueAt,
                           Map<String, String> details, NotificationStatus status, String owner, Instant leaseUntil,
                           Instant sentAt, String outcome, List<String> channels, Instant createdAt) {

    /** The collection, also an outbox collection. */
    public static final String COLLECTION = "notifications";

    /** A new pending notification. */
    public static Notification of(PlanRef plan, int phaseNumber, NotificationKind kind, Addressee unit,
                                  Addressee subjectUnit, Instant deadline, Instant dueAt, Map<String, String> details,
                                  Instant now) {
        String id = keyOf(plan.planId(), phaseNumber, subjectUnit.code(), kind, dueAt);
        String notificationId = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
        return new Notification(id, notificationId, plan, phaseNumber, kind, unit, subjectUnit, deadline, dueAt,
                Map.copyOf(details), NotificationStatus.PENDING, null, null, null, null, List.of(), now);
    }

    /** The unique key: plan, phase, the unit whose report it is about, kind and due time. */
    public static String keyOf(String planId, int phaseNumber, String unitCode, NotificationKind kind, Instant dueAt) {
        return planId + "/" + phaseNumber + "/" + unitCode + "/" + kind + "/" + dueAt;
    }

    /** This notification as sent at {@code sentAt} on {@code channels}, never claimed. */
    Notification sent(Instant sentAt, List<String> sentOn) {
        return new Notification(id, notificationId, plan, phaseNumber, kind, unit, subjectUnit, deadline, dueAt,
                details, NotificationStatus.SENT, null, null, sentAt, null, List.copyOf(sentOn), createdAt);
    }
}
