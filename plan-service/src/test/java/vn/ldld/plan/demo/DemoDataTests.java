package vn.ldld.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.messaging.testing.TestTopic.header;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.units.NewUnit;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/** The demo data, loaded at startup of the test application (plan.demo.enabled defaults to true). */
class DemoDataTests extends ApiTestSupport {

    private static final List<String> DISTRICTS = List.of("LDLD-TPTN", "LDLD-HT", "LDLD-TB", "LDLD-TBI", "LDLD-TC",
            "LDLD-DMC", "LDLD-CT", "LDLD-GD", "LDLD-BC");
    private static final List<String> PARTNERS = List.of("BTG-TLD", "BDV-TU-TN", "PCT-BCHQS-TN");
    private static final List<String> TRANG_BANG_UNIONS = List.of("CDCS-TB-GD", "CDCS-TB-YT", "CDCS-TB-KCN",
            "CDCS-TB-PT");

    @Autowired
    private DemoUnits demoUnits;

    @Autowired
    private DemoPlan demoPlan;

    @Autowired
    private DemoImplementingPlan demoImplementingPlan;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void theDemoUnitsAreLoadedOnceWithTheirVietnameseNames() {
        List<String> codes = demoUnits.all().stream().map(NewUnit::code).toList();
        long before = get("/api/units?size=1").json().get("totalElements").asLong();

        assertThat(demoUnits.load()).isZero();
        assertThat(demoUnits.load()).isZero();

        assertThat(get("/api/units?size=1").json().get("totalElements").asLong()).isEqualTo(before);
        assertThat(codes).hasSize(21).doesNotHaveDuplicates().contains("LDLD-TN", "CDN-GD", "CDN-YT", "CDN-CT")
                .containsAll(DISTRICTS).containsAll(PARTNERS).containsAll(TRANG_BANG_UNIONS);
        assertThat(get("/api/units/CDCS-TB-KCN").json().get("name").asString())
                .isEqualTo("Công đoàn cơ sở Công ty TNHH Dệt may Khu công nghiệp Trảng Bàng");
        for (String union : TRANG_BANG_UNIONS) {
            JsonNode unit = get("/api/units/" + union).json();
            assertThat(unit.get("kind").asString()).isEqualTo("GRASSROOTS_UNION");
            assertThat(unit.get("parentCode").asString()).isEqualTo("LDLD-TB");
        }
        for (String code : codes) {
            Reply unit = get("/api/units/" + code);
            assertThat(unit.status()).as(code).isEqualTo(200);
            assertThat(unit.json().get("email").asString()).endsWith("@ldld.example");
        }
        assertThat(get("/api/units?kind=DISTRICT_FEDERATION&parent=LDLD-TN&size=100").json().get("content")
                .valueStream().map(u -> u.get("code").asString())).containsExactlyInAnyOrderElementsOf(DISTRICTS);
        assertThat(get("/api/units/LDLD-DMC").json().get("name").asString())
                .isEqualTo("Liên đoàn Lao động huyện Dương Minh Châu");
        assertThat(get("/api/units/PCT-BCHQS-TN").json().get("kind").asString()).isEqualTo("PARTNER_AGENCY");
    }

    @Test
    void theDemoPlanIsTheSourceDocumentPublishedOnce() {
        Plan again = demoPlan.load();

        Reply reply = get("/api/plans/" + DemoPlan.ID);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode plan = reply.json();
        assertThat(plan.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(again.version()).isEqualTo(plan.get("version").asLong()).isEqualTo(2);
        assertThat(plan.get("number").asString()).matches("\\d+/KH-LĐLĐ");
        assertThat(plan.get("year").asInt()).isEqualTo(2023);
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2023-07-12");
        assertThat(plan.get("title").asString()).isEqualTo("phối hợp tham gia làm công tác dân vận đợt I/2023");
        assertThat(plan.get("issuer").get("name").asString()).isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");
        assertThat(plan.get("legalBasis").get(0).get("reference").asString()).isEqualTo("Kế hoạch số 22-KH/BCĐ");
        assertThat(plan.get("sections").get(0).get("heading").asString()).isEqualTo("Công tác tuyên truyền");
        assertThat(plan.get("sections").get(1).get("body").asString())
                .contains("15 ngày (từ ngày 17/7/2023 – 31/7/2023)", "Đợt 2 năm 2023, có kế hoạch sau khi kết thúc đợt 1.");
        assertThat(plan.get("tasks").size()).isEqualTo(4);
        assertThat(plan.get("tasks").get(3).get("text").asString()).contains("trước ngày 26/7/2023");
        JsonNode phase = plan.get("phases").get(0);
        assertThat(plan.get("phases").size()).isEqualTo(1);
        assertThat(phase.get("startDate").asString()).isEqualTo("2023-07-17");
        assertThat(phase.get("endDate").asString()).isEqualTo("2023-07-31");
        assertThat(phase.get("reportDeadline").asString()).isEqualTo("2023-07-25T17:00:00Z");
        assertThat(plan.get("template").get("indicators").valueStream().map(i -> i.get("code").asString()))
                .contains("PROPAGANDA_SESSIONS", "PROPAGANDA_ATTENDEES", "MEMBERS_PARTICIPATING", "HOUSES_BUILT",
                        "HOUSES_REPAIRED", "ROADS_KM", "CANALS_KM", "MEDICAL_CHECKUPS", "GIFTS", "GIFTS_VALUE_VND",
                        "FUNDS_MOBILIZED_VND");
        // the districts by rule ("LĐLĐ các huyện, thành phố"), the others listed, the free-text lines as written
        JsonNode recipients = get("/api/plans/" + DemoPlan.ID + "/recipients?size=100").json().get("content");
        assertThat(recipients.valueStream()
                .filter(r -> r.get("role").asString().equals("MUST_REPORT")).map(r -> r.get("unit").get("code").asString()))
                .containsAll(DISTRICTS).contains("CDN-GD", "CDN-YT", "CDN-CT");
        assertThat(recipients.valueStream()
                .filter(r -> r.get("role").asString().equals("FOR_INFORMATION")).map(r -> r.get("unit").get("code").asString()))
                .containsExactlyInAnyOrderElementsOf(PARTNERS);
        assertThat(recipients.valueStream().map(r -> r.get("unit").get("name").asString()))
                .contains("Liên đoàn Lao động thị xã Trảng Bàng", "Ban Dân vận Tỉnh ủy Tây Ninh");
        assertThat(plan.get("recipientRules").get(0).get("kinds").get(0).asString()).isEqualTo("DISTRICT_FEDERATION");
        assertThat(plan.get("otherRecipients").valueStream().map(JsonNode::asString))
                .containsExactly("Website, TTCTCĐ LĐLĐ tỉnh", "Lưu: VT, Ban TG-NC");
        assertThat(plan.get("signer").get("position").asString()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(plan.get("signer").path("fullName").isNull() || plan.get("signer").path("fullName").isMissingNode())
                .as("left blank, as in the source document").isTrue();
        assertThat(get("/api/plans?issuer=LDLD-TN&year=2023&q=dan%20van%20dot%20i").json().get("content")
                .valueStream().map(p -> p.get("id").asString())).contains(DemoPlan.ID);
    }

    @Test
    void trangBangsImplementingPlanOfTheDemoPlanIsPublishedOnceToItsGrassrootsUnions() {
        Plan again = demoImplementingPlan.load(demoPlan.load()).orElseThrow();

        Reply reply = get("/api/plans/" + DemoImplementingPlan.ID);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode plan = reply.json();
        JsonNode demo = get("/api/plans/" + DemoPlan.ID).json();
        assertThat(plan.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(again.version()).isEqualTo(plan.get("version").asLong()).isEqualTo(2);
        assertThat(plan.get("publishedBy").asString()).isEqualTo(DemoPlan.PUBLISHER);
        assertThat(plan.get("implementsPlanId").asString()).isEqualTo(DemoPlan.ID);
        assertThat(plan.get("issuer").get("code").asString()).isEqualTo("LDLD-TB");
        assertThat(plan.get("number").asString()).matches("\\d+/KH-LĐLĐ");
        assertThat(plan.get("title").asString())
                .isEqualTo("triển khai phối hợp tham gia làm công tác dân vận đợt I/2023");
        assertThat(plan.get("place").asString()).isEqualTo("Trảng Bàng");
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2023-07-14");
        assertThat(plan.get("signer").get("capacity").asString()).isEqualTo("TM. BAN THƯỜNG VỤ");
        assertThat(plan.get("signer").get("position").asString()).isEqualTo("CHỦ TỊCH");
        assertThat(plan.get("reviewBy").asString()).isEqualTo("PARENT");
        assertThat(plan.get("legalBasis").get(0).get("reference").asString())
                .isEqualTo("Kế hoạch số " + demo.get("number").asString());
        assertThat(plan.get("phases")).isEqualTo(demo.get("phases"));
        assertThat(get("/api/plans/" + DemoImplementingPlan.ID + "/recipients?size=100").json().get("content")
                .valueStream().map(r -> r.get("unit").get("code").asString()))
                .containsExactlyInAnyOrderElementsOf(TRANG_BANG_UNIONS);
        // the demo plan still addresses the same units: its rule selects the district federations only
        assertThat(get("/api/plans/" + DemoPlan.ID + "/recipients?size=100").json().get("content").valueStream()
                .map(r -> r.get("unit").get("code").asString())).doesNotContainAnyElementsOf(TRANG_BANG_UNIONS);
        assertThat(getAs(TestTokens.unitStaff("LDLD-TB"), "/api/plans/" + DemoImplementingPlan.ID).status())
                .isEqualTo(200);
        assertThat(getAs(TestTokens.reporter("CDCS-TB-PT"), "/api/plans/" + DemoImplementingPlan.ID).status())
                .isEqualTo(200);
        assertThat(getAs(TestTokens.unitStaff("LDLD-HT"), "/api/plans/" + DemoImplementingPlan.ID).status())
                .isEqualTo(404);
    }

    @Test
    void theDemoPlanIsAnnouncedWithAnEventThatMeetsTheContract() {
        demoPlan.load();

        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records =
                    await().until(() -> topic.pollByKey(DemoPlan.ID), r -> r.size() >= 2);
            ConsumerRecord<String, String> published = records.get(0);
            assertThat(header(published, "ce_type")).isEqualTo("vn.ldld.plan.published.v2");
            assertThat(header(published, "ce_subject")).isEqualTo(DemoPlan.ID);
            assertThat(header(published, "ce_id")).isNotBlank();
            new EventContracts().validate("plan-published.v2", published.value());
            JsonNode event = SamplePlans.JSON.readTree(published.value());
            assertThat(event.get("plan").get("title").asString())
                    .isEqualTo("phối hợp tham gia làm công tác dân vận đợt I/2023");
            assertThat(event.get("plan").get("recipientSummary").get("mustReport").asInt()).isEqualTo(13);
            assertThat(event.get("publishedBy").asString()).isEqualTo(DemoPlan.PUBLISHER);
            new EventContracts().validate("plan-recipients-listed", records.get(1).value());
            JsonNode chunk = SamplePlans.JSON.readTree(records.get(1).value());
            assertThat(chunk.get("recipients").get(0).get("unit").get("name").asString())
                    .isEqualTo("Ban Tuyên giáo Tổng Liên đoàn Lao động Việt Nam");
            assertThat(records).extracting(r -> header(r, "ce_type"))
                    .containsExactly("vn.ldld.plan.published.v2", "vn.ldld.plan.recipients-listed.v1");
        }
    }

    @Test
    void twoInstancesStartingAtOnceCreateAndPublishTheDemoPlanOnce() throws Exception {
        Query counter = Query.query(Criteria.where("_id").is("LDLD-TN/2023"));
        int before = sequence(counter);
        mongo.remove(Query.query(Criteria.where("_id").is(DemoPlan.ID)), Plan.COLLECTION);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Plan>> loads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loads.add(instances.submit(() -> {
                    start.await();
                    return demoPlan.load();
                }));
            }
            start.countDown();
            for (Future<Plan> load : loads) {
                assertThat(load.get().id()).isEqualTo(DemoPlan.ID);
            }
        } finally {
            instances.shutdownNow();
        }

        JsonNode plan = get("/api/plans/" + DemoPlan.ID).json();
        assertThat(plan.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(plan.get("version").asInt()).isEqualTo(2);
        assertThat(sequence(counter)).isEqualTo(before + 1);
        assertThat(plan.get("sequence").asInt()).isEqualTo(before + 1);
        assertThat(mongo.count(Query.query(Criteria.where("content.title")
                .is("phối hợp tham gia làm công tác dân vận đợt I/2023").and("content.issuer.code").is("LDLD-TN")
                .and("year").is(2023).and("publishedBy").is(DemoPlan.PUBLISHER)), Plan.COLLECTION)).isEqualTo(1);
    }

    @Test
    void twoInstancesStartingAtOnceCreateAndPublishTheImplementingPlanOnce() throws Exception {
        Query counter = Query.query(Criteria.where("_id").is("LDLD-TB/2023"));
        int before = sequence(counter);
        mongo.remove(Query.query(Criteria.where("_id").is(DemoImplementingPlan.ID)), Plan.COLLECTION);
        Plan demo = demoPlan.load();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<java.util.Optional<Plan>>> loads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loads.add(instances.submit(() -> {
                    start.await();
                    return demoImplementingPlan.load(demo);
                }));
            }
            start.countDown();
            for (Future<java.util.Optional<Plan>> load : loads) {
                assertThat(load.get().orElseThrow().id()).isEqualTo(DemoImplementingPlan.ID);
            }
        } finally {
            instances.shutdownNow();
        }

        JsonNode plan = get("/api/plans/" + DemoImplementingPlan.ID).json();
        assertThat(plan.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(plan.get("version").asInt()).isEqualTo(2);
        assertThat(sequence(counter)).isEqualTo(before + 1);
        assertThat(mongo.count(Query.query(Criteria.where("content.implementsPlanId").is(DemoPlan.ID)
                .and("content.issuer.code").is("LDLD-TB").and("publishedBy").is(DemoPlan.PUBLISHER)),
                Plan.COLLECTION)).isEqualTo(1);
        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records =
                    await().until(() -> topic.pollByKey(DemoImplementingPlan.ID), r -> r.size() >= 2);
            new EventContracts().validate("plan-published.v2", records.get(0).value());
            JsonNode event = SamplePlans.JSON.readTree(records.get(0).value());
            assertThat(event.get("plan").get("implementsPlanId").asString()).isEqualTo(DemoPlan.ID);
            assertThat(event.get("plan").get("issuer").get("code").asString()).isEqualTo("LDLD-TB");
            assertThat(event.get("plan").get("recipientSummary").get("mustReport").asInt()).isEqualTo(4);
        }
    }

    private int sequence(Query counter) {
        Document document = mongo.findOne(counter, Document.class, "plan_counters");
        return document == null ? 0 : ((Number) document.get("sequence")).intValue();
    }
}
