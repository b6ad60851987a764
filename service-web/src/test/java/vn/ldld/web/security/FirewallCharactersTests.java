package vn.ldld.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall checks header characters with {@code HeaderCharacters} (compared with Spring Security's expressions
 * over every code point in token-checks) and keeps its other rules.
 */
class FirewallCharactersTests {

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
}
