package vn.ldld.gateway.error;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.gateway.correlation.CorrelationIds;

/** Writes an RFC 9457 problem+json answer carrying the path as {@code instance} and the exchange's correlation id. */
@Component
public class ProblemResponder {

    private final ObjectMapper json;

    public ProblemResponder(ObjectMapper json) {
        this.json = json;
    }

    public Mono<Void> respond(ServerWebExchange exchange, HttpStatus status, String detail) {
        return respond(exchange, ProblemDetail.forStatusAndDetail(status, detail), headers -> {
        });
    }

    public Mono<Void> respond(ServerWebExchange exchange, HttpStatus status, String detail,
                              Consumer<HttpHeaders> extraHeaders) {
        return respond(exchange, ProblemDetail.forStatusAndDetail(status, detail), extraHeaders);
    }

    public Mono<Void> respond(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> extraHeaders) {
        try {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        } catch (IllegalArgumentException notAUri) {
            // a path the firewall refused for its characters: the problem goes without it
        }
        problem.setProperty("correlationId", CorrelationIds.of(exchange));
        exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        extraHeaders.accept(headers);
        byte[] body = json(problem);
        headers.setContentLength(body.length);
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body);
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }

    /** The problem as JSON, for answers written below Spring (requests the server could not read). */
    public byte[] json(ProblemDetail problem) {
        return json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }
}
