package vn.ldld.web;

import java.net.URI;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the API's resources at its public address ({@link WebProperties#publicBaseUrl()}), whatever host name
 * the request came in under.
 */
public class PublicLinks {

    private final URI base;

    public PublicLinks(URI base) {
        if (base == null || !base.isAbsolute() || base.getHost() == null) {
            throw new IllegalArgumentException("The public base URL must be an absolute http(s) URL, not " + base);
        }
        this.base = base;
    }

    /** The link to {@code path} (a template such as {@code /api/reports/{id}}) with its variables filled in. */
    public URI to(String path, Object... variables) {
        return UriComponentsBuilder.fromUri(base).path(path).buildAndExpand(variables).encode().toUri();
    }
}
