package vn.ldld.web.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request Spring Security's firewall refuses (a {@code ;}, {@code //}, {@code %2F}, {@code %00} or {@code \} in
 * its path, a header with control characters), answered as a 400 problem instead of Spring's default error JSON.
 */
public final class RejectedRequests implements RequestRejectedHandler {

    /** What the caller is told. */
    public static final String DETAIL = "The request's address or a header holds characters this API refuses "
            + "(such as ; // %2F %00 or \\ in the path, or control characters in a header).";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Bad Request", DETAIL);
    }
}
