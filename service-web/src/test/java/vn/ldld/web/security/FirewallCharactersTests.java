package vn.ldld.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's character checks without regular expressions let through exactly what Spring Security's do. */
class FirewallCharactersTests {

    /** Spring Security's expressions for header and parameter names, and for header values. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneIsAllowedExactlyWhenTheExpressionsAllowIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            assertSame(text);
        }
    }

    @Test
    void textsOfSeveralCharactersAreAllowedExactlyWhenTheExpressionsAllowThem() {
        List<String> texts = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
                "Liên đoàn Lao động tỉnh Tây Ninh", "a\tb", "a\u0085b", "a\u0000", "\u007f", "x\u00a0y",
                "\ud83d\ude00 ok", "\ud83d", "\ude00\ud83d", "a\ud83db", "\u0378", "tab\tand\nline", "\u2028",
                "\uffff", "text\r"));
        for (String text : texts) {
            assertSame(text);
        }
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeaderAndLetsATabAndVietnameseThrough() {
        StrictHttpFirewall firewall = FirewallCharacters.firewall();
        MockHttpServletRequest tab = new MockHttpServletRequest("GET", "/api/reports");
        tab.addHeader("X-Note", "a\tb Công đoàn");
        assertThat(firewall.getFirewalledRequest(tab).getHeader("X-Note")).isEqualTo("a\tb Công đoàn");

        MockHttpServletRequest control = new MockHttpServletRequest("GET", "/api/reports");
        control.addHeader("Idempotency-Key", "a\u0085b");
        assertThatThrownBy(() -> firewall.getFirewalledRequest(control).getHeader("Idempotency-Key"))
                .isInstanceOf(RequestRejectedException.class);

        MockHttpServletRequest semicolon = new MockHttpServletRequest("GET", "/api/reports;x=1");
        semicolon.setRequestURI("/api/reports;x=1");
        assertThatThrownBy(() -> firewall.getFirewalledRequest(semicolon)).as("its other rules stay")
                .isInstanceOf(RequestRejectedException.class);
    }

    private static void assertSame(String text) {
        assertAllowedAlike(text, NAME, FirewallCharacters::nameAllowed);
        assertAllowedAlike(text, HEADER_VALUE, FirewallCharacters::headerValueAllowed);
    }

    private static void assertAllowedAlike(String text, Pattern expression, Predicate<String> check) {
        boolean expected = expression.matcher(text).matches();
        if (check.test(text) != expected) {
            throw new AssertionError("%s for %s".formatted(expected ? "refused" : "allowed", text.codePoints()
                    .mapToObj(Integer::toHexString).toList()));
        }
    }
}
