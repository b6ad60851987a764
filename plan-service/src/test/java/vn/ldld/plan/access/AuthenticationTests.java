package vn.ldld.plan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestTokens;

/**
 * Every {@code /api/**} endpoint the service maps (found in Spring MVC's handler mapping, so a new endpoint is
 * covered without editing this class) answers 401 problem+json with a Bearer challenge to every bad token, on a real
 * existing object and with a valid body.
 */
class AuthenticationTests extends AccessTestSupport {

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesEveryBadToken() {
        return endpoints().stream().flatMap(endpoint -> TestTokens.badTokens().stream().map(bad -> DynamicTest
                .dynamicTest(endpoint + " with " + bad, () -> {
                    Reply reply = send(bad.token(), endpoint, request(endpoint, false));

                    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                    assertThat(reply.json().get("status").asInt()).isEqualTo(401);
                    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
                    assertThat(reply.response().body()).doesNotContain(TITLE_A);
                })));
    }
}
