package vn.ldld.report.report;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ldld.report.idempotency.IdempotencyKey;
import vn.ldld.report.idempotency.IdempotencyKeyReusedException;
import vn.ldld.report.idempotency.InvalidIdempotencyKeyException;
import vn.ldld.report.idempotency.RequestInProgressException;
import vn.ldld.web.ApiError;
import vn.ldld.web.EntityTags;
import vn.ldld.web.Problems;
import vn.ldld.web.PublicLinks;

/** Maps the report exceptions to problems naming the field or header at fault. */
@RestControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportExceptionHandler {

    private final PublicLinks links;

    ReportExceptionHandler(PublicLinks links) {
        this.links = links;
    }

    @ExceptionHandler(ReportInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(ReportInvalidException e) {
        return ResponseEntity.badRequest().body(Problems.invalid(e.getMessage(),
                e.violations().stream().map(v -> new ApiError(v.field(), v.message())).toList()));
    }

    @ExceptionHandler(ForbiddenFieldException.class)
    ResponseEntity<ProblemDetail> forbiddenField(ForbiddenFieldException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(IntakeRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IntakeRefusedException e) {
        HttpStatus status = ReportController.statusOf(e.reason());
        ProblemDetail problem = Problems.of(status, switch (e.reason()) {
            case PLAN_UNKNOWN -> "Plan not found";
            case PLAN_NOT_OPEN -> "Plan not open for reports";
            case PHASE_UNKNOWN -> "Invalid request";
            case UNIT_NOT_ADDRESSED -> "Unit not addressed by the plan";
        }, e.getMessage());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError(e.field(), e.getMessage())));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(DuplicateReportException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateReportException e) {
        String location = links.to(ReportController.LOCATION, e.existingId()).toString();
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Report already submitted", e.getMessage());
        problem.setProperty("existingReport", location);
        return ResponseEntity.status(HttpStatus.CONFLICT).header("Location", location).body(problem);
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<ProblemDetail> invalidKey(InvalidIdempotencyKeyException e) {
        return ResponseEntity.badRequest().body(Problems.invalid("Invalid field " + IdempotencyKey.HEADER,
                List.of(new ApiError(IdempotencyKey.HEADER, e.getMessage()))));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                e.getMessage());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError(IdempotencyKey.HEADER, e.getMessage())));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(RequestInProgressException.class)
    ResponseEntity<ProblemDetail> inProgress(RequestInProgressException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Request in progress", e.getMessage());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError(IdempotencyKey.HEADER, e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", "1").body(problem);
    }

    @ExceptionHandler(ReportNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ReportNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "Report not found", e.getMessage()));
    }

    @ExceptionHandler(ReportStatusConflictException.class)
    ResponseEntity<ProblemDetail> wrongStatus(ReportStatusConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Wrong report status", e.getMessage());
        problem.setProperty("currentStatus", e.currentStatus());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ReportVersionMismatchException.class)
    ResponseEntity<ProblemDetail> staleVersion(ReportVersionMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty(Problems.ERRORS, List.of(new ApiError("If-Match",
                "does not match the current version " + EntityTags.of(e.currentVersion()))));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }
}
