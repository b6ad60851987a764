package vn.ldld.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import vn.ldld.tokens.HeaderCharacters;
import vn.ldld.web.testing.TestTokens;

/** The gateway's checks without regular expressions answer every request as Spring Security's own do. */
class RequestChecksTests {

    @Test
    void theFirewallsCharacterChecksAllowEveryCodePointExactlyAsSpringSecuritysDo() {
        assertAlike(null, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES, HeaderCharacters::headerValueAllowed);
        assertAlike(null, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES, HeaderCharacters::nameAllowed);
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + new String(Character.toChars(codePoint));
            assertAlike(text, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES, HeaderCharacters::nameAllowed);
            assertAlike(text, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES,
                    HeaderCharacters::headerValueAllowed);
            assertAlike(text, StrictServerWebExchangeFirewall.ALLOWED_PARAMETER_NAMES, HeaderCharacters::nameAllowed);
        }
    }

    @Test
    void everyKindOfRequestGetsTheTokenOrTheErrorOfTheStandardConverter() {
        List<String> headers = TestTokens.authorizationHeaders();
        ServerAuthenticationConverter ours = new BearerHeaderConverter();
        ServerAuthenticationConverter standard = new ServerBearerTokenAuthenticationConverter();
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
            for (String target : List.of("/api/reports", "/api/reports?access_token=abc")) {
                for (String header : headers) {
                    MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(method, target);
                    if (header != null) {
                        request.header("Authorization", header);
                    }
                    MockServerHttpRequest built = request.build();
                    assertThat(answer(ours, built)).as("%s %s %s", method, target, header)
                            .isEqualTo(answer(standard, built));
                }
            }
        }
        assertThat(answer(ours, MockServerHttpRequest.post("/api/reports").header("Authorization", "Bearer a.b-c")
                .build())).isEqualTo("token a.b-c");
    }

    private static String answer(ServerAuthenticationConverter converter, MockServerHttpRequest request) {
        try {
            Authentication authentication = converter.convert(MockServerWebExchange.from(request)).block();
            return authentication == null ? "none"
                    : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException refused) {
            return "error " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }

    private static void assertAlike(String text, Predicate<String> spring, Predicate<String> ours) {
        if (spring.test(text) != ours.test(text)) {
            throw new AssertionError("%s for %s".formatted(spring.test(text) ? "refused" : "allowed",
                    text == null ? null : text.codePoints().mapToObj(Integer::toHexString).toList()));
        }
    }
}
