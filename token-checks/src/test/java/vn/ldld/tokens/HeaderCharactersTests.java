package vn.ldld.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The firewalls' character checks without regular expressions let through exactly what Spring Security's do. */
class HeaderCharactersTests {

    /** Spring Security's expressions for header and parameter names, and for header values. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneIsAllowedExactlyWhenTheExpressionsAllowIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            assertSame(new String(Character.toChars(codePoint)));
        }
    }

    @Test
    void textsOfSeveralCharactersAreAllowedExactlyWhenTheExpressionsAllowThem() {
        for (String text : List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
                "Liên đoàn Lao động tỉnh Tây Ninh", "a\tb", "a\u0085b", "a\u0000", "\u007f", "x\u00a0y",
                "\ud83d\ude00 ok", "\ud83d", "\ude00\ud83d", "a\ud83db", "\u0378", "tab\tand\nline", "\u2028",
                "\uffff", "text\r")) {
            assertSame(text);
        }
    }

    @Test
    void noTextPassesAsWithTheReactiveFirewall() {
        assertThat(HeaderCharacters.nameAllowed(null)).isTrue();
        assertThat(HeaderCharacters.headerValueAllowed(null)).isTrue();
    }

    private static void assertSame(String text) {
        assertAllowedAlike(text, NAME, HeaderCharacters::nameAllowed);
        assertAllowedAlike(text, HEADER_VALUE, HeaderCharacters::headerValueAllowed);
    }

    private static void assertAllowedAlike(String text, Pattern expression, Predicate<String> check) {
        boolean expected = expression.matcher(text).matches();
        if (check.test(text) != expected) {
            throw new AssertionError("%s for %s".formatted(expected ? "refused" : "allowed", text.codePoints()
                    .mapToObj(Integer::toHexString).toList()));
        }
    }
}
