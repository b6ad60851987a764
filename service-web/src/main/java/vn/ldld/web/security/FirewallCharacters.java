package vn.ldld.web.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} lets through in header and parameter names and header
 * values, checked by a loop over the text instead of its regular expressions
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*} and, for header values, the same with a tab): the same texts pass.
 * Matching those expressions against every header of every request, the bearer token among them, took about 2 % of
 * a service's CPU per request.
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** The firewall with these checks, and its other rules (the path, the methods, the host) as they are. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::nameAllowed);
        firewall.setAllowedHeaderValues(FirewallCharacters::headerValueAllowed);
        firewall.setAllowedParameterNames(FirewallCharacters::nameAllowed);
        return firewall;
    }

    /** Assigned characters, no control character. */
    static boolean nameAllowed(String text) {
        return allowed(text, false);
    }

    /** Assigned characters, no control character but the tab. */
    static boolean headerValueAllowed(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++; // printable ASCII, nearly every character of a request
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint) && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
