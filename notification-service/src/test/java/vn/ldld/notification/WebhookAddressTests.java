package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import vn.ldld.web.testing.Reply;

/** A webhook URL naming this server or an internal network is refused when a unit sets it. */
class WebhookAddressTests extends NotificationTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the addresses a unit reporter got accepted before
            "http://127.0.0.1:18998/x", "http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.1:8084/api/analytics/rebuild", "http://[::1]:8080/", "http://0x7f000001:18999/",
            // other spellings and ranges of the same
            "https://2130706433/", "https://017700000001/", "https://127.1/", "https://0177.0.0.1/",
            "https://127.0.0.1./", "https://[::ffff:127.0.0.1]/", "https://[::ffff:a9fe:a9fe]/",
            "https://[::127.0.0.1]/", "https://localhost/", "https://api.localhost/", "https://10.1.2.3/",
            "https://172.16.0.1/", "https://192.168.1.1/", "https://100.64.0.1/", "https://0.0.0.0/",
            "https://[::]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://224.0.0.1/", "https://[ff02::1]/",
            "https://255.255.255.255/", "https://[64:ff9b::7f00:1]/", "https://[2002:7f00:1::]/"})
    void anInternalAddressIsRefusedNamingTheWebhookUrl(String url) {
        String unit = TestPlans.tag() + "-GD";

        Reply reply = callAs(vn.ldld.web.testing.TestTokens.reporter(unit), "PUT",
                "/api/notifications/preferences/" + unit, """
                {"channels": ["WEBHOOK"], "webhookUrl": "%s", "webhookSecret": "0123456789abcdef"}""".formatted(url));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("webhookUrl");
        assertThat(error.get("message").asString()).as("in words a user understands")
                .containsAnyOf("internal network", "this server", "four decimal numbers")
                .doesNotContain("Exception", "java.", "InetAddress");
        assertThat(get("/api/notifications/preferences/" + unit).json().get("webhookUrl").isNull()).isTrue();
    }
}
