package vn.ldld.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ldld.web.security.ProblemResponses;

/**
 * Refuses a {@code Content-Type} that names no concrete type ({@code application/*}, {@code a/b/c}, a bad charset)
 * with 415 and an {@code Accept} that is no list of media types with 400, as problems, before Spring MVC, which
 * would otherwise fail on them with a server error or an empty answer; and a write whose {@code Accept} excludes
 * JSON with 406 before it is done, not after (every write of the API answers JSON).
 */
public class MediaTypeHeaders extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final MediaType JSON = MediaType.APPLICATION_JSON;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank() && !concrete(contentType)) {
            ProblemResponses.write(request, response, 415, "Unsupported Media Type", "The Content-Type header must "
                    + "name one media type, such as application/json.", List.of(), request.getRequestURI());
            return;
        }
        List<MediaType> accepted = new ArrayList<>();
        for (Enumeration<String> accepts = request.getHeaders("Accept"); accepts.hasMoreElements(); ) {
            try {
                accepted.addAll(MediaType.parseMediaTypes(accepts.nextElement()));
            } catch (InvalidMediaTypeException e) {
                ProblemResponses.write(request, response, 400, "Bad Request", "The Accept header is not a list of "
                        + "media types, such as application/json.", List.of(), request.getRequestURI());
                return;
            }
        }
        if (!accepted.isEmpty() && changes(request) && accepted.stream().noneMatch(JSON::isCompatibleWith)) {
            // refused before the write is done: answering 406 after it would leave the caller unaware of it
            ProblemResponses.write(request, response, 406, "Not Acceptable", "This endpoint answers in JSON: the "
                    + "Accept header must allow application/json.", List.of(), request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changes(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod());
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
