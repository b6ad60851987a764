package vn.ldld.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import vn.ldld.web.testing.Exposure;
import vn.ldld.web.testing.RawHttp;
import vn.ldld.web.testing.TestTokens;

/** notification-service as a caller who skips the gateway meets it: where it listens, how it refuses, how far it pages. */
class WebEdgeTests extends NotificationTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void listensOnLoopbackWithActuatorApartAndAnswersEveryRefusalAsAProblem() throws Exception {
        Exposure.assertBehindTheGateway(port, managementPort, "/api/notifications", TestTokens.staff());
    }

    @Test
    void aPageBeyondWhatTheInboxCanReachIsRefusedNamingPage() {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/notifications?size=200&page=100000", null,
                "Authorization: Bearer " + TestTokens.staff());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"page\"");
    }
}
