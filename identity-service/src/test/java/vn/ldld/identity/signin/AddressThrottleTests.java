package vn.ldld.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ldld.identity.testing.TestIssuer;
import vn.ldld.identity.testing.PkceLogin;

/**
 * One address trying one password on many accounts (password spraying) is slowed down as a whole, whichever account
 * it tries next. Five failures per address per hour here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "identity.throttle.free-failures=100", "identity.throttle.address.failures=5",
        "identity.throttle.address.per=1h"})
class AddressThrottleTests {

    private static final TestIssuer SERVER = new TestIssuer();
    private static final URI ISSUER = SERVER.uri;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SERVER.register(registry);
    }

    @Test
    void oneAddressSprayingAPasswordOverManyAccountsIsSlowedDown() {
        for (String account : List.of("ldld-tptn", "ldld-ht", "ldld-tb", "ldld-tbi", "ldld-dmc")) {
            PkceLogin login = new PkceLogin(ISSUER);
            assertThat(login.signIn(login.startAuthorization(), account, "123456").getQuery()).isEqualTo("error");
        }

        PkceLogin login = new PkceLogin(ISSUER);
        URI answer = login.signIn(login.startAuthorization(), "cdn-yt", "demo");

        assertThat(answer.getQuery()).isEqualTo("blocked");
        assertThat(login.get(answer).body()).contains("thử lại sau");
    }
}
