package vn.ldld.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import vn.ldld.web.testing.TestTokens;

/** The resolver answers every request as Spring Security's own does: the same token, or the same error. */
class BearerHeaderResolverTests {

    private final BearerHeaderResolver resolver = new BearerHeaderResolver();
    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Test
    void everyKindOfRequestGetsTheAnswerOfTheStandardResolver() {
        List<String> headers = TestTokens.authorizationHeaders();
        int compared = 0;
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            for (String contentType : new String[] {null, "application/json", "application/x-www-form-urlencoded"}) {
                for (String query : new String[] {null, "page=2", "access_token=abc", "access%5Ftoken=abc"}) {
                    for (String header : headers) {
                        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/reports");
                        if (contentType != null) {
                            request.setContentType(contentType);
                        }
                        if (query != null) {
                            request.setQueryString(query);
                            String[] pair = query.replace("%5F", "_").split("=");
                            request.addParameter(pair[0], pair[1]);
                        }
                        if (header != null) {
                            request.addHeader("Authorization", header);
                        }
                        assertThat(answer(resolver, request)).as("%s %s ?%s %s", method, contentType, query, header)
                                .isEqualTo(answer(standard, request));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(4 * 3 * 4 * headers.size());
    }

    @Test
    void aCleanHeaderGivesItsTokenAndAMalformedOneTheStandardError() {
        MockHttpServletRequest clean = new MockHttpServletRequest("POST", "/api/reports");
        clean.addHeader("Authorization", "Bearer abc.def-ghi");
        assertThat(resolver.resolve(clean)).isEqualTo("abc.def-ghi");

        MockHttpServletRequest malformed = new MockHttpServletRequest("POST", "/api/reports");
        malformed.addHeader("Authorization", "Bearer abc def");
        assertThat(answer(resolver, malformed)).isEqualTo("error invalid_token: Bearer token is malformed");
    }

    private static String answer(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            return "token " + Objects.toString(resolver.resolve(request));
        } catch (OAuth2AuthenticationException refused) {
            return "error " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }
}
