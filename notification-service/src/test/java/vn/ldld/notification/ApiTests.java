package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.messaging.testing.TestTopic;
import vn.ldld.web.testing.Reply;

/** The HTTP API: inbox, preferences, schedule, deliveries; bad input is a 400 problem naming the field. */
class ApiTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");

    @Test
    void aUnitReadsItsInboxPageByPageAndMarksAnEntryRead() {
        String tag = TestPlans.tag();
        String planId = UUID.randomUUID().toString();
        clock.set("2023-07-12T02:30:00Z");
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD"));
        await().until(() -> notificationsOf(planId).size() == 7);
        runScheduler();
        runAt(Instant.parse("2023-07-22T17:00:00Z"));

        JsonNode page = get("/api/notifications?unit=" + tag + "-GD&size=1").json();
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        String id = page.get("items").get(0).get("id").asString();
        assertThat(page.get("items").get(0).get("kind").asString()).isEqualTo("BEFORE_DEADLINE");

        Reply read = call("POST", "/api/notifications/" + id + "/read", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").asString()).isEqualTo("2023-07-22T17:00:00Z");
        JsonNode unread = get("/api/notifications?unit=" + tag + "-GD&unread=true").json();
        assertThat(unread.get("total").asInt()).isEqualTo(1);
        assertThat(unread.get("items").get(0).get("kind").asString()).isEqualTo("PLAN_ISSUED");

        JsonNode schedule = get("/api/notifications/schedule?planId=" + planId + "&status=PENDING").json();
        assertThat(schedule.findValues("kind")).extracting(JsonNode::asString)
                .containsExactly("BEFORE_DEADLINE", "DEADLINE_DAY", "ESCALATION", "OVERDUE_NOTICE");
        assertThat(call("POST", "/api/notifications/" + UUID.randomUUID() + "/read", null).status()).isEqualTo(404);
    }

    @Test
    void preferencesAreSetShownWithoutTheSecretAndValidated() {
        String unit = TestPlans.tag() + "-GD";
        JsonNode defaults = get("/api/notifications/preferences/" + unit).json();
        assertThat(defaults.get("defaults").asBoolean()).isTrue();
        assertThat(defaults.get("email").asString()).isEqualTo(unit.toLowerCase() + "@ldld.test");

        Reply saved = call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["EMAIL", "WEBHOOK"], "email": "vanphong@ldld-godau.vn",
                 "webhookUrl": "https://ldld-godau.vn/hook", "webhookSecret": "0123456789abcdef"}""");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().has("webhookSecret")).isFalse();
        assertThat(saved.json().get("webhookSecretSet").asBoolean()).isTrue();
        assertThat(get("/api/notifications/preferences/" + unit).json().get("email").asString())
                .isEqualTo("vanphong@ldld-godau.vn");

        assertProblem(call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["EMAIL"], "email": "not an address"}"""), "email");
        assertProblem(call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["EMAIL"]}"""), "email");
        assertProblem(call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["WEBHOOK"], "webhookUrl": "ftp://x", "webhookSecret": "0123456789abcdef"}"""),
                "webhookUrl");
        assertProblem(call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": ["SMS"]}"""), "channels[0]");
        assertProblem(call("PUT", "/api/notifications/preferences/" + unit, """
                {"channels": [], "colour": "red"}"""), "colour");
        assertProblem(call("PUT", "/api/notifications/preferences/" + unit, "{"), "body");
        assertProblem(call("PUT", "/api/notifications/preferences/go-dau", "{\"channels\": []}"), "unit");
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() {
        assertProblem(get("/api/notifications?unit=gd"), "unit");
        assertProblem(get("/api/notifications?unit=LDLD-GD&unread=maybe"), "unread");
        assertProblem(get("/api/notifications?unit=LDLD-GD&size=0"), "size");
        assertProblem(get("/api/notifications/schedule"), "planId");
        assertProblem(get("/api/notifications/schedule?planId=abc"), "planId");
        assertProblem(get("/api/notifications/deliveries?status=LOST"), "status");
        assertProblem(call("POST", "/api/notifications/x/read", null), "id");
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        publish("plan-events", "vn.ldld.plan.published.v1", key, TestPlans.JSON.readTree("{\"planId\": 5}"));
        try (TestTopic dlt = new TestTopic(brokers, "plan-events-dlt")) {
            await().until(() -> !dlt.pollByKey(key).isEmpty());
        }
    }

    private static void assertProblem(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValues("field")).extracting(JsonNode::asString).contains(field);
    }
}
