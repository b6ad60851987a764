package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.notification.delivery.Delivery;
import vn.ldld.notification.delivery.DeliveryStatus;
import vn.ldld.notification.inbox.InboxEntry;
import vn.ldld.notification.preference.Channel;
import vn.ldld.notification.report.ReportEventsListener;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.notification.schedule.NotificationKind;
import vn.ldld.notification.schedule.NotificationStatus;

/**
 * What one submitted report costs the store: the commands the service sends from the moment a ReportSubmitted
 * arrives until its receipt notice is in the unit's inbox and its e-mail has gone out. The store is the platform's
 * largest CPU cost in a deadline rush, so the figure is held here: a change that adds commands per report fails.
 */
class ReportStoreCommandsTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    /** Commands per report, from the event's arrival to the e-mail sent (was 21, then 16, before they were cut). */
    private static final int MOST_COMMANDS_PER_REPORT = 13;

    @Autowired
    private StoreCommands commands;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void aSubmittedReportOfAUnitOfAListedPlanCostsAFixedNumberOfStoreCommands() {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        String unit = tag + "-CS-1";
        clock.set("2023-07-12T02:30:00Z");
        publishListed(planId, tag, Map.of(unit, TestPlans.PARENT, tag + "-CS-2", TestPlans.PARENT));
        // a working day, outside the quiet hours: the e-mail goes at once; what else is due goes first
        clock.set("2023-07-20T04:00:00Z");
        while (dispatcher.dispatchDue() + deliveryWorker.sendDue() > 0) {
            // drained
        }

        commands.start();
        String eventId = publish("report-events", "vn.ldld.report.submitted.v1", planId,
                TestPlans.submitted(planId, unit, clock.instant(), DEADLINE, 41));
        await().until(() -> commands.uncounted(() -> applied(eventId)));
        runScheduler();
        Map<String, Integer> counted = commands.stop();

        Notification receipt = mongo.find(Query.query(Criteria.where("plan.planId").is(planId)
                .and("kind").is(NotificationKind.REPORT_RECEIVED)), Notification.class).get(0);
        assertThat(receipt.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(receipt.channels()).containsExactly("IN_APP", "EMAIL");
        List<Delivery> deliveries = mongo.find(Query.query(Criteria.where("notificationId")
                .is(receipt.notificationId())), Delivery.class);
        assertThat(deliveries).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT).hasSize(2);
        assertThat(notificationsOf(planId)).filteredOn(n -> n.subjectUnit().code().equals(unit)
                && NotificationKind.ANSWERED_BY_REPORT.contains(n.kind()))
                .extracting(Notification::status).containsOnly(NotificationStatus.CANCELLED);

        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        LoggerFactory.getLogger(getClass()).info("Store commands for one submitted report: {} {}", total, counted);
        assertThat(total).as("store commands per report: %s", counted).isLessThanOrEqualTo(MOST_COMMANDS_PER_REPORT);
    }

    @Test
    void noticesDueTogetherAreSentInGroupsThatShareTheirStoreCommands() {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        Map<String, String> units = underTheParent(tag + "-CN-", 60);
        // a working day, outside the quiet hours: the plan's notices are due at once, and go out in one pass
        clock.set("2023-07-20T04:00:00Z");
        while (dispatcher.dispatchDue() + deliveryWorker.sendDue() > 0) {
            // what other tests left due goes first
        }
        publishListed(planId, tag, units);
        await().until(() -> notificationsOf(planId).stream().filter(n -> n.kind() == NotificationKind.PLAN_ISSUED)
                .count() == units.size());

        commands.start();
        int claimed = dispatcher.dispatchDue();
        Map<String, Integer> counted = commands.stop();

        assertThat(claimed).isGreaterThanOrEqualTo(units.size());
        List<Notification> issued = notificationsOf(planId).stream()
                .filter(n -> n.kind() == NotificationKind.PLAN_ISSUED).toList();
        assertThat(issued).extracting(Notification::status).containsOnly(NotificationStatus.SENT);
        assertThat(issued).allSatisfy(n -> assertThat(n.channels()).containsExactly("IN_APP", "EMAIL"));
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), InboxEntry.class))
                .isEqualTo(issued.size());
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), Delivery.class))
                .isEqualTo(2L * issued.size());
        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        LoggerFactory.getLogger(getClass()).info("Store commands for {} notices due together: {} {}", issued.size(),
                total, counted);
        // two groups (at most 50 each) of about seven commands each; one by one the 60 cost five commands each (a
        // claim, a preferences read, an inbox and a delivery insert, a mark) and a query per 20: over 300
        assertThat(total).as("store commands: %s", counted).isLessThanOrEqualTo(20);

        // their e-mails are claimed in groups too (50 a pass): a few commands per group, one mark per message sent
        commands.start();
        int attempted = 0;
        for (int pass; (pass = deliveryWorker.sendDue()) > 0; ) {
            attempted += pass;
        }
        Map<String, Integer> sending = commands.stop();
        List<Delivery> deliveries = mongo.find(Query.query(Criteria.where("planId").is(planId).and("channel")
                .is(Channel.EMAIL)), Delivery.class);
        assertThat(deliveries).hasSize(units.size()).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(attempted).isEqualTo(deliveries.size());
        int messages = (int) deliveries.stream().map(d -> d.batchId() != null ? d.batchId() : d.id()).distinct()
                .count();
        int sendingTotal = sending.values().stream().mapToInt(Integer::intValue).sum();
        LoggerFactory.getLogger(getClass()).info("Store commands for {} deliveries in {} messages: {} {}",
                deliveries.size(), messages, sendingTotal, sending);
        // one by one, each e-mail cost a claim and a mark, and a query per 20: over 120
        assertThat(sendingTotal).as("store commands: %s", sending).isLessThanOrEqualTo(messages + 15);

        // the plan's 300 reminders would come due in the tests that move the clock past its deadline: not theirs
        mongo.remove(Query.query(Criteria.where("plan.planId").is(planId).and("status")
                .is(NotificationStatus.PENDING)), Notification.class);
    }

    @Test
    void reportsThatArriveTogetherAreAppliedTogetherAndShareTheirStoreCommands() {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        Map<String, String> units = underTheParent(tag + "-CT-", 10);
        clock.set("2023-07-12T02:30:00Z");
        publishListed(planId, tag, units);
        clock.set("2023-07-20T04:00:00Z");
        MessageListenerContainer reports = listeners.getListenerContainer(ReportEventsListener.CONTAINER);

        // the reports of a rush wait in the topic while the service is busy: here, while its listener is paused
        List<String> eventIds;
        reports.pause();
        try {
            await().until(reports::isContainerPaused);
            eventIds = units.keySet().stream().map(unit -> publish("report-events", "vn.ldld.report.submitted.v1",
                    planId, TestPlans.submitted(planId, unit, clock.instant(), DEADLINE, 50))).toList();
            commands.start();
        } finally {
            reports.resume();
        }
        await().until(() -> commands.uncounted(() -> eventIds.stream().allMatch(this::applied)));
        Map<String, Integer> counted = commands.stop();

        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.REPORT_RECEIVED)
                .hasSize(10).extracting(Notification::status).containsOnly(NotificationStatus.SENT);
        assertThat(notificationsOf(planId)).filteredOn(n -> NotificationKind.ANSWERED_BY_REPORT.contains(n.kind()))
                .isNotEmpty().extracting(Notification::status).containsOnly(NotificationStatus.CANCELLED);
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), InboxEntry.class)).isEqualTo(10);
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), Delivery.class)).isEqualTo(20);
        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        LoggerFactory.getLogger(getClass()).info("Store commands for ten reports arriving together: {} {}", total,
                counted);
        // one by one they cost about 8 commands each; together, the commands of one report and a few more
        assertThat(total).as("store commands for ten reports: %s", counted).isLessThanOrEqualTo(20);
    }

    @Test
    void aReportAndItsRevisionInOnePollAreAppliedInTheirOrder() {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        String unit = tag + "-RV-1";
        String other = tag + "-RV-2";
        clock.set("2023-07-12T02:30:00Z");
        publishListed(planId, tag, Map.of(unit, TestPlans.PARENT, other, TestPlans.PARENT));
        MessageListenerContainer reports = listeners.getListenerContainer(ReportEventsListener.CONTAINER);

        clock.set("2023-07-20T04:00:00Z");
        ObjectNode submitted = TestPlans.submitted(planId, unit, clock.instant(), DEADLINE, 60);
        ObjectNode otherSubmitted = TestPlans.submitted(planId, other, clock.instant(), DEADLINE, 61);
        ObjectNode revised = TestPlans.revised(submitted, 2, "RESUBMITTED", Instant.parse("2023-07-20T04:05:00Z"));
        String first;
        String another;
        String revision;
        reports.pause();
        try {
            await().until(reports::isContainerPaused);
            first = publish("report-events", "vn.ldld.report.submitted.v1", planId, submitted);
            another = publish("report-events", "vn.ldld.report.submitted.v1", planId, otherSubmitted);
            clock.set("2023-07-20T04:05:00Z");
            revision = publish("report-events", "vn.ldld.report.revised.v1", planId, revised);
        } finally {
            reports.resume();
        }
        await().until(() -> applied(first) && applied(another) && applied(revision));

        // the status is the revision's, whichever write of the batch came first
        Document status = mongo.findById(planId + "/1/" + unit, Document.class, "submissions");
        assertThat(status).isNotNull();
        assertThat(status.getInteger("revision")).isEqualTo(2);
        // a receipt for the submission and one for the revision; the unit's reminders cancelled once
        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.REPORT_RECEIVED)
                .extracting(n -> n.unit().code(), Notification::status)
                .containsExactlyInAnyOrder(tuple(unit, NotificationStatus.SENT), tuple(unit, NotificationStatus.SENT),
                        tuple(other, NotificationStatus.SENT));
        assertThat(notificationsOf(planId)).filteredOn(n -> NotificationKind.ANSWERED_BY_REPORT.contains(n.kind()))
                .isNotEmpty().extracting(Notification::status).containsOnly(NotificationStatus.CANCELLED);
    }

    @Test
    void aReportToReviewByTheParentReadsThePlanOnceAndNamesTheParentAsThePlanListsIt() {
        ReviewedPlan reviewed = reviewedByTheParent();
        String planId = reviewed.planId();
        String parent = reviewed.parent();

        commands.start();
        ObjectNode submitted = reviewed.submitted(clock.instant(), 42);
        String eventId = publish("report-events", "vn.ldld.report.submitted.v1", planId, submitted);
        await().until(() -> commands.uncounted(() -> applied(eventId)));
        Map<String, Integer> counted = commands.stop();

        Notification toReview = mongo.find(Query.query(Criteria.where("plan.planId").is(planId)
                .and("kind").is(NotificationKind.REPORT_TO_REVIEW)), Notification.class).get(0);
        assertThat(toReview.unit().code()).isEqualTo(parent);
        assertThat(toReview.unit().name()).isEqualTo("Công đoàn cơ sở " + parent);
        assertThat(toReview.status()).isEqualTo(NotificationStatus.SENT);
        LoggerFactory.getLogger(getClass()).info("Store commands for one report to review by the parent: {}",
                counted);
        // the plan once; of the listed recipients only the parent's document (the event names the unit)
        assertThat(counted).containsEntry("plans find", 1).containsEntry("plan_recipients find", 1);
        // both notices together: both units' preferences in one read, their inbox entries and their four deliveries
        // in one insert each, the notices stored and the unit's reminders cancelled in one update
        assertThat(counted).containsEntry("preferences find", 1).containsEntry("inbox insert", 1)
                .containsEntry("deliveries insert", 1).containsEntry("notifications update", 1)
                .doesNotContainKey("notifications insert");
        assertThat(mongo.count(Query.query(Criteria.where("planId").is(planId)), Delivery.class)).isEqualTo(4);
    }

    @Test
    void aReportAppliedAgainAfterACrashHandsNothingOverTwiceNorCountsItsCancelsTwice() {
        ReviewedPlan reviewed = reviewedByTheParent();
        String planId = reviewed.planId();
        String unit = reviewed.unit();
        String parent = reviewed.parent();
        double cancelled = total(meters.find("reminders.cancelled"));
        ObjectNode submitted = reviewed.submitted(clock.instant(), 43);

        String eventId = publish("report-events", "vn.ldld.report.submitted.v1", planId, submitted);
        await().until(() -> applied(eventId));
        double cancelledOnce = total(meters.find("reminders.cancelled"));
        // the process died before the event's inbox mark was done: the same report is applied once more
        String again = publish("report-events", "vn.ldld.report.submitted.v1", planId, submitted,
                UUID.randomUUID().toString());
        await().until(() -> applied(again));

        assertThat(notificationsOf(planId)).filteredOn(n -> n.kind() == NotificationKind.REPORT_RECEIVED
                || n.kind() == NotificationKind.REPORT_TO_REVIEW)
                .extracting(n -> n.unit().code(), Notification::status)
                .containsExactlyInAnyOrder(tuple(unit, NotificationStatus.SENT),
                        tuple(parent, NotificationStatus.SENT));
        assertThat(mongo.find(Query.query(Criteria.where("planId").is(planId)), Delivery.class))
                .extracting(Delivery::unitCode).containsExactlyInAnyOrder(unit, unit, parent, parent);
        assertThat(mongo.find(Query.query(Criteria.where("planId").is(planId)), InboxEntry.class))
                .extracting(InboxEntry::unitCode).containsExactlyInAnyOrder(unit, parent);
        assertThat(notificationsOf(planId)).filteredOn(n -> n.subjectUnit().code().equals(unit)
                && NotificationKind.ANSWERED_BY_REPORT.contains(n.kind()))
                .isNotEmpty().extracting(Notification::status).containsOnly(NotificationStatus.CANCELLED);
        assertThat(cancelledOnce).isGreaterThan(cancelled);
        assertThat(total(meters.find("reminders.cancelled"))).isEqualTo(cancelledOnce);
    }

    /** A listed plan of two must-report units reviewed by the parent: {@code parent} and {@code unit} below it. */
    private record ReviewedPlan(String planId, String unit, String parent) {

        /** The unit's ReportSubmitted, naming {@code parent} as its parent unit. */
        ObjectNode submitted(Instant receivedAt, int receiptNumber) {
            ObjectNode submitted = TestPlans.submitted(planId, unit, receivedAt, DEADLINE, receiptNumber);
            ((ObjectNode) submitted.get("unit")).put("parentCode", parent);
            return submitted;
        }
    }

    /** Publishes a new {@link ReviewedPlan} and waits until its two recipients are listed. */
    private ReviewedPlan reviewedByTheParent() {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        String unit = tag + "-CS1";
        String parent = tag + "-TB";
        clock.set("2023-07-12T02:30:00Z");
        ObjectNode published = publishedV2(planId, tag, 2);
        ((ObjectNode) published.get("plan")).put("reviewBy", "PARENT");
        publish("plan-events", "vn.ldld.plan.published.v2", planId, published);
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, listed(planId,
                Map.of(parent, TestPlans.PARENT, unit, parent)));
        await().until(() -> mongo.count(Query.query(Criteria.where("planId").is(planId)), "plan_recipients") == 2);
        clock.set("2023-07-20T04:00:00Z");
        return new ReviewedPlan(planId, unit, parent);
    }

    private boolean applied(String eventId) {
        Document mark = mongo.findById("notification-service/reports/" + eventId, Document.class,
                "processed_events");
        return mark != null && "DONE".equals(mark.getString("state"));
    }

    /** Publishes a plan whose must-report {@code units} (code to parent code) are listed apart, and waits for them. */
    /** {@code count} units, {@code prefix}1 to {@code prefix}count, each under the tests' parent unit, in order. */
    private static Map<String, String> underTheParent(String prefix, int count) {
        Map<String, String> units = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            units.put(prefix + i, TestPlans.PARENT);
        }
        return units;
    }

    private void publishListed(String planId, String tag, Map<String, String> units) {
        publish("plan-events", "vn.ldld.plan.published.v2", planId, publishedV2(planId, tag, units.size()));
        publish("plan-events", "vn.ldld.plan.recipients-listed.v1", planId, listed(planId, units));
        await().until(() -> mongo.count(Query.query(Criteria.where("planId").is(planId)), "plan_recipients")
                == units.size());
    }

    /** PlanPublished v2 of a plan whose {@code mustReport} units follow in one chunk. */
    private ObjectNode publishedV2(String planId, String tag, int mustReport) {
        ObjectNode event = TestPlans.published(planId, clock.instant(), DEADLINE, tag);
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.remove("recipients");
        plan.putObject("recipientSummary").put("mustReport", mustReport).put("forInformation", 0).put("chunks", 1);
        plan.putArray("recipientRules");
        plan.putArray("excludedUnitCodes");
        plan.putArray("otherRecipients").add("Lưu: VT, Ban TG-NC");
        ((ObjectNode) plan.get("signer")).remove("fullName");
        return event;
    }

    /** The one PlanRecipientsListed of version 1: {@code units} (code to parent code) as must-report units. */
    private static ObjectNode listed(String planId, Map<String, String> units) {
        ObjectNode chunk = TestPlans.JSON.createObjectNode().put("planId", planId).put("version", 1)
                .put("chunk", 1).put("chunks", 1);
        ArrayNode recipients = chunk.putArray("recipients");
        units.forEach((code, parent) -> recipients.addObject().put("role", "MUST_REPORT").set("unit",
                TestPlans.recipient(code, "Công đoàn cơ sở " + code, "GRASSROOTS_UNION", parent, "MUST_REPORT")
                        .get("unit")));
        return chunk;
    }
}
