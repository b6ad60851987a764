package vn.ldld.gateway.error;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import reactor.core.publisher.Mono;
import vn.ldld.gateway.correlation.CorrelationIds;

/**
 * Every error the gateway itself answers is RFC 9457 problem+json with the correlation id: 503 when no instance of
 * the service is reachable or its circuit is open, 504 when it does not answer in time, 502 when it drops the
 * connection before answering (the instance died mid-request), 404 for a path no route
 * serves, 405 for a method a path does not take, 500 for anything unexpected. This is also the fallback of each
 * route's circuit breaker: the breaker turns refused connections, open circuits and time-outs into errors that end
 * here.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponder problems;

    ProblemErrorHandler(ProblemResponder problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(error);
        if (problem.getStatus() >= 500) {
            log.atWarn().setMessage("Gateway error").addKeyValue("correlationId", CorrelationIds.of(exchange))
                    .addKeyValue("status", problem.getStatus()).addKeyValue("error", error.toString()).log();
        }
        return problems.respond(exchange, problem, headers -> {
            if (error instanceof MethodNotAllowedException notAllowed) {
                headers.setAllow(notAllowed.getSupportedMethods());
            }
        });
    }

    /** A full bulkhead (should one be configured on a route) is a busy service: 503, never 500. */
    private static final String BULKHEAD_FULL = "io.github.resilience4j.bulkhead.BulkheadFullException";

    static ProblemDetail toProblem(Throwable error) {
        if (causedBy(error, CallNotPermittedException.class) || causedBy(error, ServiceUnavailableException.class)
                || causedBy(error, BULKHEAD_FULL)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this path is failing and is given a short rest; try again shortly.");
        }
        if (causedBy(error, ConnectException.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this path is not reachable right now; try again shortly.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return gatewayTimeout();
        }
        if (causedBy(error, IOException.class)) {
            // the instance died or dropped the connection mid-request: it may or may not have applied it
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "The service behind this path closed the"
                    + " connection before it answered; send the request again (with the same Idempotency-Key).");
        }
        if (error instanceof ResponseStatusException status) {
            int code = status.getStatusCode().value();
            return switch (code) {
                case 404 -> ProblemDetail.forStatusAndDetail(status.getStatusCode(), "No API is served at this path.");
                case 405 -> ProblemDetail.forStatusAndDetail(status.getStatusCode(),
                        "This path does not take the method " + methodOf(status) + ".");
                case 503 -> ProblemDetail.forStatusAndDetail(status.getStatusCode(),
                        "No instance of the service behind this path is available right now; try again shortly.");
                case 504 -> gatewayTimeout();
                default -> code >= 500
                        ? ProblemDetail.forStatusAndDetail(status.getStatusCode(), "The gateway failed to route the request.")
                        : ProblemDetail.forStatusAndDetail(status.getStatusCode(),
                        status.getReason() == null ? "The request was refused." : status.getReason());
            };
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
        if (annotated != null && annotated.code().value() < 500) {
            return ProblemDetail.forStatusAndDetail(annotated.code(),
                    annotated.reason().isEmpty() ? "The request was refused." : annotated.reason());
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to route the request.");
    }

    private static ProblemDetail gatewayTimeout() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                "The service behind this path did not answer in time.");
    }

    private static String methodOf(ResponseStatusException status) {
        return status instanceof MethodNotAllowedException notAllowed ? notAllowed.getHttpMethod() : "used";
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        return causedBy(error, type.getName());
    }

    /** By name, for exceptions of a library that is on the class path only at run time. */
    private static boolean causedBy(Throwable error, String typeName) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(typeName)) {
                    return true;
                }
            }
        }
        return false;
    }
}
