package vn.ldld.plan.unit;

import java.util.List;

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

/** Maps the unit exceptions to problems: 404, 409 for a taken code, 412 with the current version, 400. */
@RestControllerAdvice(assignableTypes = UnitController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnitExceptionHandler {

    @ExceptionHandler(UnitNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(UnitNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "Unit not found", e.getMessage()));
    }

    @ExceptionHandler(UnitAlreadyExistsException.class)
    ResponseEntity<ProblemDetail> taken(UnitAlreadyExistsException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Unit code taken", e.getMessage());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError("code", "is taken")));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(UnitVersionMismatchException.class)
    ResponseEntity<ProblemDetail> staleVersion(UnitVersionMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError("If-Match",
                "does not match the current version " + EntityTags.of(e.currentVersion()))));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    @ExceptionHandler(InvalidUnitException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidUnitException e) {
        return ResponseEntity.badRequest().body(Problems.invalid("Invalid field " + e.field(),
                List.of(new ApiError(e.field(), e.getMessage()))));
    }
}
