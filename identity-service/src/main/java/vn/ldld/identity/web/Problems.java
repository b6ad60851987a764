package vn.ldld.identity.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity service's two error shapes, written from filters and handlers: an RFC 9457 problem with the
 * correlation id, and the JSON error OAuth 2.0 prescribes for its token endpoints (RFC 6749, section 5.2).
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /**
     * An RFC 9457 problem: type, title, status, detail, the path as instance (the path that failed, also while the
     * error page renders it), the correlation id.
     */
    public static Map<String, Object> problem(HttpServletRequest request, int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known != null ? known.getReasonPhrase() : "Error");
        problem.put("status", status);
        problem.put("detail", detail);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.put("instance", original != null ? original.toString() : request.getRequestURI());
        problem.put("correlationId", CorrelationIdFilter.of(request));
        return problem;
    }

    /** Writes {@link #problem} as {@code application/problem+json}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String detail) throws IOException {
        send(response, status.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem(request, status.value(),
                detail));
    }

    /** Writes an OAuth 2.0 error ({@code error}, {@code error_description}) as {@code application/json}. */
    public static void writeOAuth(HttpServletResponse response, HttpStatus status, String error, String description)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        send(response, status.value(), MediaType.APPLICATION_JSON_VALUE, body);
    }

    private static void send(HttpServletResponse response, int status, String contentType, Map<String, Object> body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }
}
