package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ldld.messaging.testing.TestTopic.header;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.web.testing.Reply;

class PlanLifecycleTests extends ApiTestSupport {

    private static final String TITLE = "phối hợp tham gia làm công tác dân vận đợt I/2023";

    @Autowired
    Clock clock;

    @Test
    void createGetEditPublishAndAnnounceThePlanOnKafka() {
        Reply created = createDraft("LDLD-TN");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/plans/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("title").asString()).isEqualTo(TITLE);
        assertThat(created.json().get("issuer").get("documentSymbol").asString()).isEqualTo("LĐLĐ");
        assertThat(created.json().has("number")).isFalse();

        Reply read = get("/api/plans/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("purpose")).isEqualTo(SamplePlans.examplePlan().get("purpose"));

        ObjectNode edit = SamplePlans.draft("LDLD-TN");
        edit.put("place", "Tây Ninh");
        ((ObjectNode) edit.get("phases").get(0)).put("reportDeadline", "2023-07-26T00:00:00+07:00");
        Reply edited = put("/api/plans/" + id, edit, "If-Match", "\"1\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"2\"");
        assertThat(edited.json().get("phases").get(0).get("reportDeadline").asString())
                .isEqualTo("2023-07-25T17:00:00Z");

        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"2\"");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.header("ETag")).isEqualTo("\"3\"");
        JsonNode plan = published.json();
        int year = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(plan.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(plan.get("number").asString()).matches("\\d+/KH-LĐLĐ");
        assertThat(plan.get("year").asInt()).isEqualTo(year);
        assertThat(plan.get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(LocalDate.parse(plan.get("issuedOn").asString()).getYear()).isEqualTo(year);

        try (TestTopic topic = new TestTopic(brokers, "plan-events")) {
            List<ConsumerRecord<String, String>> records = await().until(() -> topic.pollByKey(id), r -> r.size() >= 2);
            assertThat(records).hasSize(2);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_type")).isEqualTo("vn.ldld.plan.published.v2");
            assertThat(header(record, "ce_source")).isEqualTo("/plan-service");
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "content-type")).isEqualTo("application/json");

            new EventContracts().validate("plan-published.v2", record.value());
            JsonNode event = SamplePlans.JSON.readTree(record.value());
            assertThat(event.get("planId").asString()).isEqualTo(id);
            assertThat(event.get("version").asInt()).isEqualTo(1);
            assertThat(event.get("publishedAt").asString()).isEqualTo(plan.get("publishedAt").asString());
            JsonNode snapshot = event.get("plan");
            assertThat(snapshot.get("number").asString()).isEqualTo(plan.get("number").asString());
            assertThat(snapshot.get("sequence").asInt()).isEqualTo(plan.get("sequence").asInt());
            assertThat(snapshot.get("title").asString()).isEqualTo(TITLE);
            assertThat(snapshot.get("issuer").get("name").asString()).isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");

            // the author's Vietnamese text arrives exactly as written
            ObjectNode expected = SamplePlans.examplePlan();
            ObjectNode actual = ((ObjectNode) snapshot).deepCopy();
            for (String field : new String[] {"planId", "number", "sequence", "year", "issuedOn"}) {
                expected.remove(field);
                actual.remove(field);
            }
            JsonNode recipients = expected.remove("recipients");
            assertThat(actual.remove("recipientSummary"))
                    .isEqualTo(SamplePlans.JSON.readTree("{\"mustReport\":10,\"forInformation\":2,\"chunks\":1}"));
            for (String field : new String[] {"recipientRules", "excludedUnitCodes", "otherRecipients"}) {
                assertThat(actual.remove(field)).as(field).isEmpty();
            }
            assertThat(actual).isEqualTo(expected);
            // the recipients follow in one chunk
            assertThat(header(records.get(1), "ce_type")).isEqualTo("vn.ldld.plan.recipients-listed.v1");
            new EventContracts().validate("plan-recipients-listed", records.get(1).value());
            JsonNode chunk = SamplePlans.JSON.readTree(records.get(1).value());
            assertThat(chunk.get("chunk").asInt()).isEqualTo(1);
            assertThat(chunk.get("chunks").asInt()).isEqualTo(1);
            assertThat(chunk.get("recipients")).isEqualTo(recipients);
        }

        Reply again = post("/api/plans/" + id + "/publish", null, "If-Match", "\"2\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("currentStatus").asString()).isEqualTo("PUBLISHED");

        Reply editPublished = put("/api/plans/" + id, edit, "If-Match", "\"3\"");
        assertThat(editPublished.status()).isEqualTo(409);
        assertThat(editPublished.json().get("currentStatus").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void listsPlansByStatusInPagesOfAtMostAHundred() {
        String draftId = createDraft("LIST-TN").json().get("id").asString();
        String publishedId = createDraft("LIST-TN").json().get("id").asString();
        assertThat(post("/api/plans/" + publishedId + "/publish", null, "If-Match", "\"1\"").status()).isEqualTo(200);

        assertThat(get("/api/plans?status=DRAFT&size=1000").status()).isEqualTo(400);
        Reply drafts = get("/api/plans?status=DRAFT&size=100");
        assertThat(drafts.status()).isEqualTo(200);
        assertThat(drafts.json().get("size").asInt()).isEqualTo(100);
        assertThat(drafts.json().get("page").asInt()).isZero();
        assertThat(drafts.json().get("content").valueStream().map(p -> p.get("id").asString()))
                .contains(draftId).doesNotContain(publishedId);
        assertThat(drafts.json().get("content").valueStream().map(p -> p.get("status").asString()))
                .containsOnly("DRAFT");

        Reply firstOfAll = get("/api/plans?size=1");
        assertThat(firstOfAll.json().get("content").size()).isEqualTo(1);
        assertThat(firstOfAll.json().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);

        Reply badStatus = get("/api/plans?status=SIGNED");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        Reply badPage = get("/api/plans?page=-1");
        assertThat(badPage.status()).as(badPage.toString()).isEqualTo(400);
        assertThat(badPage.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void anIssuerMayHaveItsOwnSymbol() {
        ensureUnit("CDN-GD-SYM");
        ObjectNode draft = SamplePlans.draft("CDN-GD-SYM");
        ((ObjectNode) draft.get("issuer")).put("documentSymbol", "CĐN");
        String id = post("/api/plans", draft).json().get("id").asString();

        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "*");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("number").asString()).isEqualTo("1/KH-CĐN");
    }
}
