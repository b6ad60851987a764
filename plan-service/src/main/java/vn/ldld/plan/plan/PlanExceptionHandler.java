package vn.ldld.plan.plan;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ldld.web.ApiError;
import vn.ldld.web.EntityTags;
import vn.ldld.web.Problems;

/** Maps the plan exceptions to problems: 404, 409 with the current status, 412 with the current version, 400. */
@RestControllerAdvice(assignableTypes = PlanController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanExceptionHandler {

    @ExceptionHandler(PlanNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(PlanNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "Plan not found", e.getMessage()));
    }

    @ExceptionHandler(PlanStatusConflictException.class)
    ResponseEntity<ProblemDetail> wrongStatus(PlanStatusConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Wrong plan status", e.getMessage());
        problem.setProperty("currentStatus", e.currentStatus());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(PlanVersionMismatchException.class)
    ResponseEntity<ProblemDetail> staleVersion(PlanVersionMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty(Problems.ERRORS, java.util.List.of(new ApiError("If-Match",
                "does not match the current version " + EntityTags.of(e.currentVersion()))));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    @ExceptionHandler(PlanRuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolated(PlanRuleViolationException e) {
        return ResponseEntity.badRequest().body(Problems.invalid(e.getMessage(),
                e.violations().stream().map(v -> new ApiError(v.field(), v.message())).toList()));
    }
}
