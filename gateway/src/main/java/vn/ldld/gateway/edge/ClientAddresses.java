package vn.ldld.gateway.edge;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Who the client is: the peer address, unless the peer is one of the configured trusted proxies
 * ({@code gateway.trusted-proxies}, none by default), then the right-most {@code X-Forwarded-For} entry that is not a
 * trusted proxy. A client's own {@code X-Forwarded-For} is thus never believed: it can neither pick its rate-limit
 * bucket nor tell the services who it is.
 */
@Component
public class ClientAddresses {

    private final Pattern trustedProxies;

    public ClientAddresses(@Value("${gateway.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = trustedProxies == null || trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
    }

    public String clientAddress(ServerHttpRequest request) {
        String peer = peer(request);
        if (!trusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String value : request.getHeaders().getValuesAsList("X-Forwarded-For")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    chain.add(part.trim());
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    /** Whether the request came over https, to the gateway or to a trusted proxy in front of it. */
    public boolean secure(ServerHttpRequest request) {
        if (request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme())) {
            return true;
        }
        return trusted(peer(request))
                && "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
    }

    private boolean trusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
