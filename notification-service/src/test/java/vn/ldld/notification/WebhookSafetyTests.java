package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.notification.delivery.Delivery;
import vn.ldld.notification.delivery.DeliveryStatus;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * What a unit's webhook can make the service do: nothing on this machine or an internal network (checked when set and
 * on the address called, also for a name that changes its answer), nothing before province staff approved the URL,
 * no call past a redirect, no answer of the target in the delivery log, no secret in plain text in the database.
 */
class WebhookSafetyTests extends NotificationTestSupport {

    private static final Instant DEADLINE = Instant.parse("2023-07-25T17:00:00Z");
    private static final String SECRET = "bi-mat-cua-don-vi-0123456789";

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        String tag = TestPlans.tag();
        try (WebhookReceiver elsewhere = new WebhookReceiver(); WebhookReceiver receiver = new WebhookReceiver()) {
            // even to an address a webhook may reach: a redirect is the receiver's answer, not a new target
            receiver.redirectTo(302, elsewhere.url());
            preferWebhook(tag + "-GD", receiver.url());

            String planId = publishPlan(tag);
            runScheduler();

            assertThat(receiver.calls()).hasSize(1);
            assertThat(elsewhere.calls()).isEmpty();
            assertThat(webhookOf(planId, tag + "-GD").status()).isEqualTo(DeliveryStatus.PENDING);
        }
    }

    @Test
    void theDeliveryLogGivesAGenericReasonNotTheTargetsAnswer() throws Exception {
        String tag = TestPlans.tag();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answerAlways(401);
            preferWebhook(tag + "-GD", receiver.url());
            int closedPort;
            try (WebhookReceiver closed = new WebhookReceiver()) {
                closedPort = closed.port();
            }
            preferWebhook(tag + "-TC", "http://" + WebhookReceiver.ADDRESS + ":" + closedPort + "/hook");

            String planId = publishPlan(tag);
            runScheduler();

            assertThat(receiver.calls()).hasSize(1);
            JsonNode answered = deliveries(tag + "-GD", planId);
            JsonNode refused = deliveries(tag + "-TC", planId);
            assertThat(answered.get("lastError").asString()).isEqualTo("WEBHOOK_NOT_ACCEPTED");
            assertThat(refused.get("lastError").asString()).as("a closed port looks like any other failure")
                    .isEqualTo("WEBHOOK_NOT_ACCEPTED");
            // the log's own words, without its random ids and the target's address (a plan id may hold "401")
            assertThat(withoutIds(answered) + withoutIds(refused)).doesNotContain("401", "answered", "refused",
                    "Connect", "secret-internal-answer", "Exception");
        }
    }

    @Test
    void theSecretIsNotStoredInPlainText() {
        String unit = TestPlans.tag() + "-GD";
        preferWebhook(unit, "https://hooks.ldld-godau.test/ldld");

        Document stored = mongo.getCollection("preferences").find(new Document("_id", unit)).first();

        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain(SECRET);
        assertThat(stored.toJson()).doesNotContain(java.util.Base64.getEncoder()
                .encodeToString(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(get("/api/notifications/preferences/" + unit).json().get("webhookSecretSet").asBoolean()).isTrue();
    }

    @Test
    void aNameThatResolvesToThisMachineIsRefusedWhenCalled() throws Exception {
        String tag = TestPlans.tag();
        try (WebhookReceiver internal = new WebhookReceiver("127.0.0.1")) {
            dns.answer("internal.test", "127.0.0.1");
            // URLs stored before they were checked, and approved: the call checks the address itself
            storeApprovedWebhook(tag + "-GD", internal.url("internal.test"));
            storeApprovedWebhook(tag + "-TC", internal.url());

            String planId = publishPlan(tag);
            runScheduler();

            assertThat(internal.calls()).isEmpty();
            assertThat(deliveries(tag + "-GD", planId).get("lastError").asString())
                    .isEqualTo("WEBHOOK_ADDRESS_REFUSED");
            assertThat(deliveries(tag + "-TC", planId).get("lastError").asString())
                    .isEqualTo("WEBHOOK_ADDRESS_REFUSED");
        }
    }

    @Test
    void aNameRebindingToThisMachineAfterTheCheckNeverReachesTheInternalListener() throws Exception {
        String tag = TestPlans.tag();
        try (WebhookReceiver internal = new WebhookReceiver("127.0.0.1")) {
            // public when the unit sets it, this machine when it is called
            dns.answerInTurn("rebind.test", List.of("93.184.215.14"), List.of("127.0.0.1"));
            preferWebhook(tag + "-GD", internal.url("rebind.test"));

            String planId = publishPlan(tag);
            runScheduler();

            assertThat(internal.calls()).isEmpty();
            assertThat(deliveries(tag + "-GD", planId).get("lastError").asString())
                    .isEqualTo("WEBHOOK_ADDRESS_REFUSED");
        }
    }

    @Test
    void theCallGoesToTheAddressCheckedNotToALaterAnswer() throws Exception {
        String tag = TestPlans.tag();
        try (WebhookReceiver receiver = new WebhookReceiver();
             WebhookReceiver internal = new WebhookReceiver("127.0.0.1", receiver.port())) {
            // allowed when set and when checked for the call; any later lookup would lead inside
            dns.answerInTurn("pinned.test", List.of(WebhookReceiver.ADDRESS), List.of(WebhookReceiver.ADDRESS),
                    List.of("127.0.0.1"));
            preferWebhook(tag + "-GD", receiver.url("pinned.test"));

            publishPlan(tag);
            runScheduler();

            assertThat(receiver.calls()).hasSize(1);
            assertThat(receiver.calls().get(0).header("Host")).isEqualTo("pinned.test:" + receiver.port());
            assertThat(internal.calls()).isEmpty();
            assertThat(dns.lookups("pinned.test")).as("once when set, once for the call").isEqualTo(2);
        }
    }

    @Test
    void overHttpsTheNameIsSentAndItsCertificateCheckedWhileTheCheckedAddressIsCalled() throws Exception {
        String tag = TestPlans.tag();
        List<String> serverNames = new CopyOnWriteArrayList<>();
        try (WebhookReceiver receiver = WebhookReceiver.tls(serverNames)) {
            dns.answer(TestTls.HOST, WebhookReceiver.ADDRESS);
            dns.answer("other-tls.test", WebhookReceiver.ADDRESS); // same server, a certificate not for this name
            preferWebhook(tag + "-GD", "https://" + TestTls.HOST + ":" + receiver.port() + "/hook");
            preferWebhook(tag + "-TC", "https://other-tls.test:" + receiver.port() + "/hook");

            String planId = publishPlan(tag);
            runScheduler();

            assertThat(receiver.calls()).hasSize(1);
            assertThat(receiver.calls().get(0).header("Host")).isEqualTo(TestTls.HOST + ":" + receiver.port());
            assertThat(serverNames).contains(TestTls.HOST).doesNotContain(WebhookReceiver.ADDRESS);
            assertThat(deliveries(tag + "-GD", planId).get("status").asString()).isEqualTo("SENT");
            assertThat(deliveries(tag + "-TC", planId).get("lastError").asString())
                    .isEqualTo("WEBHOOK_NOT_ACCEPTED");
        }
    }

    @Test
    void aUnitsNewWebhookIsCalledOnlyOnceStaffApprovedIt() throws Exception {
        String tag = TestPlans.tag();
        String unit = tag + "-GD";
        String reporter = TestTokens.reporter(unit);
        try (WebhookReceiver receiver = new WebhookReceiver(); WebhookReceiver other = new WebhookReceiver()) {
            dns.answer("hooks-" + tag.toLowerCase() + ".test", WebhookReceiver.ADDRESS);
            String url = receiver.url("hooks-" + tag.toLowerCase() + ".test");
            Reply set = callAs(reporter, "PUT", "/api/notifications/preferences/" + unit, webhookBody(url));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().get("webhookStatus").asString()).isEqualTo("PENDING_APPROVAL");
            assertThat(get("/api/notifications/webhooks?status=PENDING_APPROVAL").json().findValues("unitCode"))
                    .extracting(JsonNode::asString).contains(unit);

            String first = publishPlan(tag);
            runScheduler();
            assertThat(receiver.calls()).as("not approved: nothing posted").isEmpty();
            assertThat(channelsOf(unit, first)).doesNotContain("WEBHOOK");

            Reply stale = call("POST", "/api/notifications/webhooks/" + unit + "/approval",
                    "{\"webhookUrl\": \"" + other.url() + "\"}");
            assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
            Reply approved = call("POST", "/api/notifications/webhooks/" + unit + "/approval",
                    "{\"webhookUrl\": \"" + url + "\"}");
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
            assertThat(approved.json().get("approvedBy").asString()).isEqualTo("staff");

            publishPlan(tag);
            runScheduler();
            assertThat(receiver.calls()).hasSize(1);

            // a new URL waits for a new approval; nothing goes to it, nor to the old one
            assertThat(callAs(reporter, "PUT", "/api/notifications/preferences/" + unit, webhookBody(other.url()))
                    .json().get("webhookStatus").asString()).isEqualTo("PENDING_APPROVAL");
            publishPlan(tag);
            runScheduler();
            assertThat(other.calls()).isEmpty();
            assertThat(receiver.calls()).hasSize(1);

            assertThat(call("DELETE", "/api/notifications/webhooks/" + unit + "/approval", null).json()
                    .get("status").asString()).isEqualTo("PENDING_APPROVAL");
            assertThat(call("DELETE", "/api/notifications/webhooks/NO-SUCH-UNIT/approval", null).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void plainHttpIsRefusedToAHostNotListed() {
        String unit = TestPlans.tag() + "-GD";
        dns.answer("hooks.ldld-godau.vn", "14.225.10.20");

        Reply reply = call("PUT", "/api/notifications/preferences/" + unit,
                webhookBody("http://hooks.ldld-godau.vn/ldld"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("webhookUrl");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("https");
        assertThat(call("PUT", "/api/notifications/preferences/" + unit,
                webhookBody("https://hooks.ldld-godau.vn/ldld")).status()).isEqualTo(200);
    }

    private String publishPlan(String tag) {
        String planId = UUID.randomUUID().toString();
        clock.set("2023-07-12T01:00:00Z"); // 08:00 in Tây Ninh
        publish("plan-events", "vn.ldld.plan.published.v1", planId,
                TestPlans.published(planId, clock.instant(), DEADLINE, tag, "GD", "TC"));
        await().until(() -> notificationsOf(planId).size() == 13);
        return planId;
    }

    private static String withoutIds(JsonNode delivery) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) delivery.deepCopy();
        copy.remove(List.of("deliveryId", "notificationId", "planId", "unitCode", "target"));
        return copy.toString();
    }

    private JsonNode deliveries(String unit, String planId) {
        JsonNode list = get("/api/notifications/deliveries?unit=" + unit + "&planId=" + planId).json();
        for (JsonNode delivery : list) {
            if (delivery.get("channel").asString().equals("WEBHOOK")) {
                return delivery;
            }
        }
        throw new AssertionError("no webhook delivery of " + unit + " in " + list);
    }

    /** Sets the unit's webhook as province staff: approved at once. */
    private void preferWebhook(String unit, String url) {
        Reply reply = call("PUT", "/api/notifications/preferences/" + unit, webhookBody(url));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static String webhookBody(String url) {
        return """
                {"channels": ["WEBHOOK"], "webhookUrl": "%s", "webhookSecret": "%s"}""".formatted(url, SECRET);
    }

    /** A unit's webhook as an earlier version stored it (secret in plain text), approved since. */
    private void storeApprovedWebhook(String unit, String url) {
        mongo.getCollection("preferences").insertOne(new Document("_id", unit).append("channels", List.of("WEBHOOK"))
                .append("webhookUrl", url).append("webhookSecret", SECRET)
                .append("webhookApproval", new Document("url", url).append("approvedBy", "staff")
                        .append("approvedAt", java.util.Date.from(clock.instant())))
                .append("updatedAt", java.util.Date.from(clock.instant())));
    }

    private List<String> channelsOf(String unit, String planId) {
        return get("/api/notifications/deliveries?unit=" + unit + "&planId=" + planId).json().findValues("channel")
                .stream().map(JsonNode::asString).toList();
    }

    private Delivery webhookOf(String planId, String unit) {
        return mongo.findAll(Delivery.class).stream().filter(d -> d.planId().equals(planId)
                && d.unitCode().equals(unit) && d.channel().name().equals("WEBHOOK")).findFirst().orElseThrow();
    }
}
