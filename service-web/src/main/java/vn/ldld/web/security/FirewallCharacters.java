package vn.ldld.web.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import vn.ldld.tokens.HeaderCharacters;

/**
 * Spring Security's {@link StrictHttpFirewall} with its checks of header and parameter names and header values made
 * by {@link HeaderCharacters}, a loop over the text, instead of its regular expressions: the same texts pass.
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** The firewall with these checks, and its other rules (the path, the methods, the host) as they are. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::nameAllowed);
        firewall.setAllowedHeaderValues(HeaderCharacters::headerValueAllowed);
        firewall.setAllowedParameterNames(HeaderCharacters::nameAllowed);
        return firewall;
    }
}
