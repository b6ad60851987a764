package vn.ldld.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The bearer header read without a regular expression gives what Spring Security's expression gives, or nothing. */
class BearerTokensTests {

    /** Spring Security's expression (DefaultBearerTokenResolver, ServerBearerTokenAuthenticationConverter). */
    private static final Pattern AUTHORIZATION = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void aCleanHeaderGivesItsTokenAndAnythingElseNothing() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==";
        assertThat(BearerTokens.wellFormed("Bearer " + jwt)).isEqualTo(jwt);
        assertThat(BearerTokens.wellFormed("bEARER abc")).isEqualTo("abc");
        assertThat(BearerTokens.wellFormed(null)).isNull();
        assertThat(BearerTokens.wellFormed("Basic YWxhZGRpbjpvcGVuc2VzYW1l")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer ")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer ==")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer a=b")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer  abc")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer abc\n")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer\tabc")).isNull();
        assertThat(BearerTokens.wellFormed("Bearer tôi")).isNull();
    }

    @Test
    void headersOfEveryShapeAreReadExactlyAsTheExpressionReadsThem() {
        List<String> headers = new ArrayList<>(List.of("", "B", "Bearer", "Bearer=", "BEARER x", "bearer x=",
                "Bearer x==", "Bearer =x", "Bearer x y", "Bearer x,", "Bearer x\u212a", "\u212aearer x",
                "Bearer x\r\n", "Bearer \u0000"));
        String alphabet = "Bbearer =-._~+/aZ09\t\n\u00e9\u212a%,:\"";
        Random random = new Random(20261205);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(3) == 0 ? "" : random.nextBoolean() ? "Bearer "
                    : "bearer ");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            Matcher matcher = AUTHORIZATION.matcher(header);
            String expected = matcher.matches() ? matcher.group("token") : null;
            if (!Objects.equals(BearerTokens.wellFormed(header), expected)) {
                throw new AssertionError("%s gives %s, the expression %s".formatted(header.codePoints()
                        .mapToObj(Integer::toHexString).toList(), BearerTokens.wellFormed(header), expected));
            }
        }
    }
}
