package vn.ldld.report.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;

/** Plans whose recipients follow the plan event in chunks (plan-published.v2, plan-recipients-listed.v1). */
class ListedRecipientsTests extends ReportTestSupport {

    private static final String PUBLISHED_V2 = "vn.ldld.plan.published.v2";
    private static final String AMENDED_V2 = "vn.ldld.plan.amended.v2";
    private static final String LISTED = "vn.ldld.plan.recipients-listed.v1";
    private static final int CHUNK = 500;

    @Autowired
    private PlanRecipients recipients;

    @Autowired
    private PlanEventsListener listener;

    @Autowired
    private org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aPlanOf20000UnitsIn40ChunksTakesReportsFromListedUnitsOnlyAndAnAmendmentDropsAUnit() {
        String planId = SamplePlans.newPlanId();
        List<String> units = units(20_000);

        long start = System.nanoTime();
        sendPlanEvent(PUBLISHED_V2, v2(SamplePlans.published(planId), units.size()));
        chunks(planId, 1, units).forEach(chunk -> sendPlanEvent(LISTED, chunk));
        await().atMost(Duration.ofSeconds(120)).until(() -> recipients.count(planId) == 20_000);
        long published = System.nanoTime() - start;

        assertThat(post("/api/reports", SamplePlans.report(planId, units.get(19_999))).status()).isEqualTo(201);
        assertThat(post("/api/reports", SamplePlans.report(planId, "CS-99999")).status()).isEqualTo(403);

        // version 2 lists every unit but the second
        List<String> kept = new ArrayList<>(units);
        kept.remove(1);
        start = System.nanoTime();
        sendPlanEvent(AMENDED_V2, v2(SamplePlans.amended(planId), kept.size()));
        chunks(planId, 2, kept).forEach(chunk -> sendPlanEvent(LISTED, chunk));
        await().atMost(Duration.ofSeconds(120)).until(() -> recipients.count(planId) == 19_999);
        long amended = System.nanoTime() - start;

        assertThat(post("/api/reports", SamplePlans.report(planId, units.get(1))).status()).isEqualTo(403);
        assertThat(post("/api/reports", SamplePlans.report(planId, units.get(2))).status()).isEqualTo(201);
        LoggerFactory.getLogger(getClass()).info("20,000 listed recipients consumed: published in {} ms, amended in {} ms",
                published / 1_000_000, amended / 1_000_000);
    }

    @Test
    void theUnitsOfACachedPlanFollowWhatAnotherInstanceListsAndDrops() {
        String planId = SamplePlans.newPlanId();
        deliver(PUBLISHED_V2, v2(SamplePlans.published(planId), 2));
        deliver(LISTED, chunks(planId, 1, List.of("CS-00001", "CS-00002")).get(0));
        assertThat(planViews.forUnit(planId, "CS-00001").orElseThrow().mustReportUnit("CS-00001")).isPresent();
        assertThat(planViews.forUnit(planId, "CS-00003").orElseThrow().mustReportUnit("CS-00003")).isEmpty();

        // written by the instance that consumed the events, not through this instance's PlanViews: a unit listed
        // and another dropped, then the count of the view's recipients revision that follows every such change
        org.bson.Document listed = mongo.getCollection("plan_recipients").find(
                com.mongodb.client.model.Filters.eq("_id", planId + "/CS-00001")).first();
        listed.put("_id", planId + "/CS-00003");
        listed.get("unit", org.bson.Document.class).put("code", "CS-00003");
        mongo.getCollection("plan_recipients").insertOne(listed);
        mongo.getCollection("plan_recipients").deleteOne(com.mongodb.client.model.Filters.eq("_id",
                planId + "/CS-00002"));

        assertThat(planViews.forUnit(planId, "CS-00003").orElseThrow().mustReportUnit("CS-00003"))
                .as("a unit not among the cached ones is looked up").isPresent();
        mongo.getCollection("plan_views").updateOne(com.mongodb.client.model.Filters.eq("_id", planId),
                com.mongodb.client.model.Updates.inc("recipientsRevision", 1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(planViews.forUnit(planId,
                "CS-00002").orElseThrow().mustReportUnit("CS-00002")).as("dropped").isEmpty());
        assertThat(planViews.forUnit(planId, "CS-00001").orElseThrow().mustReportUnit("CS-00001")).isPresent();
        assertThat(planViews.forUnit(planId, "CS-00003").orElseThrow().mustReportUnit("CS-00003")).isPresent();
    }

    @Test
    void requestsAtOnceEachFindTheirUnitWhileOneReadsThePlansUnits() throws Exception {
        String planId = SamplePlans.newPlanId();
        List<String> units = units(1_200);
        deliver(PUBLISHED_V2, v2(SamplePlans.published(planId), units.size()));
        chunks(planId, 1, units).forEach(chunk -> deliver(LISTED, chunk));

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Callable<Long>> requests = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int first = t;
                requests.add(() -> java.util.stream.IntStream.iterate(first, i -> i < units.size(), i -> i + 16)
                        .filter(i -> planViews.forUnit(planId, units.get(i)).orElseThrow()
                                .mustReportUnit(units.get(i)).isPresent()).count());
            }
            long found = 0;
            for (java.util.concurrent.Future<Long> request : pool.invokeAll(requests)) {
                found += request.get();
            }
            assertThat(found).isEqualTo(units.size());
        } finally {
            pool.shutdown();
        }
        assertThat(planViews.forUnit(planId, "CS-99999").orElseThrow().mustReportUnit("CS-99999")).isEmpty();
    }

    @Test
    void aChunkDeliveredAgainUnderAnotherIdChangesNothing() {
        String planId = SamplePlans.newPlanId();
        List<String> units = units(3);
        deliver(PUBLISHED_V2, v2(SamplePlans.published(planId), 3));
        ObjectNode chunk = chunks(planId, 1, units).get(0);
        deliver(LISTED, chunk);
        deliver(LISTED, chunk);

        assertThat(recipients.count(planId)).isEqualTo(3);
        assertThat(planViews.forUnit(planId, units.get(0)).orElseThrow().mustReportUnit(units.get(0))).isPresent();
        assertThat(planViews.find(planId).orElseThrow().mustReport()).isNull();
    }

    @Test
    void aChunkOfAnOlderVersionIsIgnored() {
        String planId = SamplePlans.newPlanId();
        deliver(PUBLISHED_V2, v2(SamplePlans.published(planId), 1));
        deliver(AMENDED_V2, v2(SamplePlans.amended(planId), 1));
        deliver(LISTED, chunks(planId, 2, List.of("CS-00001")).get(0));

        deliver(LISTED, chunks(planId, 1, List.of("CS-00002")).get(0));

        assertThat(recipients.find(planId, "CS-00002")).isEmpty();
        assertThat(recipients.find(planId, "CS-00001").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anAmendmentFollowedByNoChunkAddressesNobodyOfTheVersionsBefore() {
        String planId = SamplePlans.newPlanId();
        deliver(PUBLISHED_V2, v2(SamplePlans.published(planId), 2));
        deliver(LISTED, chunks(planId, 1, List.of("CS-00001", "CS-00002")).get(0));

        deliver(AMENDED_V2, v2(SamplePlans.amended(planId), 0));

        assertThat(recipients.count(planId)).isZero();
        assertThat(planViews.forUnit(planId, "CS-00001").orElseThrow().mustReportUnit("CS-00001")).isEmpty();
    }

    @Test
    void aUnitInformedOnlyDoesNotReport() {
        String planId = SamplePlans.newPlanId();
        deliver(PUBLISHED_V2, v2(SamplePlans.published(planId), 1));
        ObjectNode chunk = chunks(planId, 1, List.of("CS-00001", "BDV-X")).get(0);
        ((ObjectNode) chunk.get("recipients").get(1)).put("role", "FOR_INFORMATION");
        deliver(LISTED, chunk);

        assertThat(planViews.forUnit(planId, "CS-00001").orElseThrow().mustReportUnit("CS-00001")).isPresent();
        assertThat(planViews.forUnit(planId, "BDV-X").orElseThrow().mustReportUnit("BDV-X")).isEmpty();
    }

    @Test
    void aPlanPublishedWithV1EventsAndAmendedWithV2KeepsItsUnitsUntilTheLastChunkSaysWhoStays() {
        String planId = SamplePlans.newPlanId();
        deliver("vn.ldld.plan.published.v1", SamplePlans.published(planId, List.of("CS-00001", "CS-00002")));
        deliver(AMENDED_V2, v2(SamplePlans.amended(planId), 1));

        // between the amendment and its chunks both units of version 1 may still report
        assertThat(planViews.forUnit(planId, "CS-00002").orElseThrow().mustReportUnit("CS-00002")).isPresent();

        deliver(LISTED, chunks(planId, 2, List.of("CS-00001")).get(0));

        assertThat(planViews.forUnit(planId, "CS-00001").orElseThrow().mustReportUnit("CS-00001")).isPresent();
        assertThat(planViews.forUnit(planId, "CS-00002").orElseThrow().mustReportUnit("CS-00002")).isEmpty();
    }

    @Test
    void aV1PlanIsReadAsBefore() {
        String planId = SamplePlans.newPlanId();
        deliver("vn.ldld.plan.published.v1", SamplePlans.published(planId, List.of("CS-00001")));

        PlanView view = planViews.find(planId).orElseThrow();
        assertThat(view.recipientsListed()).isFalse();
        assertThat(view.mustReport()).containsOnlyKeys("CS-00001");
        assertThat(recipients.count(planId)).isZero();
    }

    private static List<String> units(int count) {
        List<String> units = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            units.add("CS-%05d".formatted(i));
        }
        return units;
    }

    /** A v1 plan event made a v2 one: no recipients, their summary instead. */
    private static ObjectNode v2(ObjectNode event, int mustReport) {
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.remove("recipients");
        plan.putObject("recipientSummary").put("mustReport", mustReport).put("forInformation", 0)
                .put("chunks", (mustReport + CHUNK - 1) / CHUNK);
        plan.putArray("recipientRules");
        plan.putArray("excludedUnitCodes");
        plan.putArray("otherRecipients").add("Lưu: VT, Ban TG-NC");
        ((ObjectNode) plan.get("signer")).remove("fullName");
        return event;
    }

    /** The PlanRecipientsListed events of {@code version}: {@code units} as must-report grassroots unions. */
    private static List<ObjectNode> chunks(String planId, int version, List<String> units) {
        int count = (units.size() + CHUNK - 1) / CHUNK;
        List<ObjectNode> chunks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            ObjectNode chunk = SamplePlans.JSON.createObjectNode().put("planId", planId).put("version", version)
                    .put("chunk", c + 1).put("chunks", count);
            ArrayNode listed = chunk.putArray("recipients");
            for (String code : units.subList(c * CHUNK, Math.min(units.size(), (c + 1) * CHUNK))) {
                ObjectNode recipient = listed.addObject();
                recipient.putObject("unit").put("code", code).put("name", "Công đoàn cơ sở " + code)
                        .put("kind", "GRASSROOTS_UNION").put("parentCode", "LDLD-TB");
                recipient.put("role", "MUST_REPORT");
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    /** Applies one event as the listener does, at once. */
    private void deliver(String type, JsonNode event) {
        String planId = event.get("planId").asString();
        ConsumerRecord<String, String> record = new ConsumerRecord<>("plan-events", 0, 0L, planId,
                SamplePlans.JSON.writeValueAsString(event));
        new EventMetadata(UUID.randomUUID().toString(), type, "/plan-service", planId, Instant.now(), null)
                .writeTo(record.headers());
        listener.on(record);
    }
}
