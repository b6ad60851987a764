package vn.ldld.web.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import vn.ldld.web.ApiError;

/**
 * Writes an RFC 9457 problem outside a controller (token and size checks in filters, requests the firewall or
 * Tomcat refuses, errors forwarded to {@code /error}), in the same shape as the controllers' problems, with the
 * request's correlation id.
 */
public final class ProblemResponses {

    /** The header carrying the correlation id, as the gateway and the messaging library name it. */
    public static final String CORRELATION_HEADER = "X-Request-Id";
    /** The log context key and problem property of the correlation id. */
    public static final String CORRELATION_KEY = "correlationId";

    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String title, String detail) throws IOException {
        write(request, response, status.value(), title, detail, List.of(), request.getRequestURI());
    }

    /**
     * Writes the problem, replacing anything buffered.
     *
     * @param instance the path the problem is about (the request's, or the original one of an error dispatch)
     * @param errors   the wrong fields, none for a problem about the whole request
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String detail, List<ApiError> errors, String instance) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        problem.put(CORRELATION_KEY, correlationId(request, response));
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        response.flushBuffer();
    }

    /**
     * The request's correlation id: the one being logged, else the one already answered, else the caller's (when
     * well-formed), else a new one; answered in {@value #CORRELATION_HEADER} so that the caller can quote it.
     */
    public static String correlationId(HttpServletRequest request, HttpServletResponse response) {
        String id = MDC.get(CORRELATION_KEY);
        if (id == null) {
            id = response.getHeader(CORRELATION_HEADER);
        }
        if (id == null) {
            String sent = sentCorrelationId(request);
            id = sent != null && ACCEPTED_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        }
        response.setHeader(CORRELATION_HEADER, id);
        return id;
    }

    private static String sentCorrelationId(HttpServletRequest request) {
        try {
            return request.getHeader(CORRELATION_HEADER);
        } catch (RuntimeException refusedByTheFirewall) {
            return null;
        }
    }
}
