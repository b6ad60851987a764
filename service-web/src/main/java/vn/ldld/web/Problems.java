package vn.ldld.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problems of the API. */
public final class Problems {

    /** Name of the problem property listing the wrong fields. */
    public static final String ERRORS = "errors";

    private Problems() {
    }

    /** A problem with a title and a detail. */
    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A 400 problem naming every wrong field. */
    public static ProblemDetail invalid(String detail, List<ApiError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }
}
