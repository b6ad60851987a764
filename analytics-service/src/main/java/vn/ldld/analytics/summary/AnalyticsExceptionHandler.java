package vn.ldld.analytics.summary;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ldld.web.ApiError;
import vn.ldld.web.Problems;

/** Unknown plans and phases as 404 problems naming the path variable. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalyticsExceptionHandler {

    @ExceptionHandler(PlanNotKnownException.class)
    ResponseEntity<ProblemDetail> planNotKnown(PlanNotKnownException e) {
        return notFound("Plan not known", e.getMessage(), "planId");
    }

    @ExceptionHandler(PhaseNotFoundException.class)
    ResponseEntity<ProblemDetail> phaseNotFound(PhaseNotFoundException e) {
        return notFound("Phase not found", e.getMessage(), "n");
    }

    private static ResponseEntity<ProblemDetail> notFound(String title, String detail, String field) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, title, detail);
        problem.setProperty(Problems.ERRORS, List.of(new ApiError(field, detail)));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
