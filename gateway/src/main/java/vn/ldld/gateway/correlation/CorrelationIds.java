package vn.ldld.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The correlation id of an exchange: the caller's {@code X-Request-Id} when well-formed, a new one otherwise. */
public final class CorrelationIds {

    /** Header carrying the correlation id to the services and back to the caller. */
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String ATTRIBUTE = CorrelationIds.class.getName();

    private CorrelationIds() {
    }

    /** Reads or assigns the exchange's correlation id, once per exchange, and sets it on the response. */
    public static String of(ServerWebExchange exchange) {
        String existing = exchange.getAttribute(ATTRIBUTE);
        if (existing != null) {
            return existing;
        }
        String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return id;
    }
}
