package vn.ldld.gateway.error;

import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.gateway.correlation.CorrelationIds;

/**
 * Every error the gateway itself answers is RFC 9457 problem+json with the correlation id: 503 when no instance of
 * the service is reachable, 504 when it does not answer in time, 404 for a path no route serves.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ObjectMapper json;

    ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(error);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        problem.setProperty("correlationId", CorrelationIds.of(exchange));
        if (problem.getStatus() >= 500) {
            log.atWarn().setMessage("Gateway error").addKeyValue("correlationId", CorrelationIds.of(exchange))
                    .addKeyValue("status", problem.getStatus()).addKeyValue("error", error.toString()).log();
        }
        exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body);
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }

    static ProblemDetail toProblem(Throwable error) {
        if (causedBy(error, ConnectException.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this path is not reachable right now; try again shortly.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                    "The service behind this path did not answer in time.");
        }
        if (error instanceof ResponseStatusException status) {
            ProblemDetail problem = ProblemDetail.forStatus(status.getStatusCode());
            if (status.getStatusCode().value() == 404) {
                problem.setDetail("No API is served at this path.");
            } else if (status.getStatusCode().value() == 503) {
                problem.setDetail("No instance of the service behind this path is available right now.");
            } else {
                problem.setDetail(status.getReason());
            }
            return problem;
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to route the request.");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
