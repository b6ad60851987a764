package vn.ldld.web;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ldld.web.security.ProblemResponses;

/**
 * Answers what reaches the servlet container's error page ({@code /error}: a {@code sendError} from a filter or from
 * Tomcat, an exception no handler caught) as a problem, whatever the request's {@code Accept} says, instead of Spring
 * Boot's default JSON or its HTML page. Registered by {@link ServiceWebAutoConfiguration} in place of Boot's
 * {@code BasicErrorController}.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure != null) {
            log.error("Unhandled error serving {}", path, failure);
        }
        ContainerErrors.Described described = ContainerErrors.describe(status);
        ProblemResponses.write(request, response, status, described.title(), described.detail(), List.of(),
                path == null ? request.getRequestURI() : path.toString());
    }
}
