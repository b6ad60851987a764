package vn.ldld.gateway.session;

import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /session}: who is signed in, for the console to show the right pages. Anybody not signed in gets the
 * gateway's 401 problem (never a redirect); a bearer-token caller is answered from its token.
 */
@RestController
class SessionController {

    private static final String ROLE_PREFIX = "ROLE_";

    @GetMapping("/session")
    ResponseEntity<SignedIn> session(Authentication authentication) {
        Map<String, Object> claims = authentication.getPrincipal() instanceof OidcUser user ? user.getClaims()
                : authentication instanceof JwtAuthenticationToken jwt ? jwt.getTokenAttributes() : Map.of();
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).sorted().toList();
        Object name = claims.get("name");
        Object unit = claims.get("unit");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new SignedIn(authentication.getName(), name == null ? authentication.getName() : name.toString(),
                        roles, unit == null ? null : unit.toString()));
    }

    /**
     * The signed-in person.
     *
     * @param username the account ({@code sub})
     * @param name     the display name, e.g. {@code Liên đoàn Lao động thị xã Trảng Bàng}
     * @param roles    the platform roles: {@code PROVINCE_STAFF}, {@code UNIT_REPORTER}, {@code UNIT_STAFF}, {@code VIEWER}
     * @param unit     the unit code of a unit's account, else null
     */
    record SignedIn(String username, String name, List<String> roles, String unit) {
    }
}
