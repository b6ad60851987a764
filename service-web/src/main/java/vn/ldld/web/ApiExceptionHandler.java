package vn.ldld.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.ldld.web.security.ForbiddenException;
import vn.ldld.web.security.RejectedRequests;

/**
 * Turns every error of the API into an RFC 9457 problem ({@code application/problem+json}); a bad request names
 * the wrong fields in {@code errors}. The one place where each kind of {@link RequestRefusedException} gets its
 * status. Registered by {@link ServiceWebAutoConfiguration}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final PublicLinks links;

    public ApiExceptionHandler(PublicLinks links) {
        this.links = links;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<ApiError> errors = new ArrayList<>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : "body";
            errors.add(new ApiError(field, error.getDefaultMessage()));
        }
        errors.sort(Comparator.comparing(ApiError::field));
        return badRequest(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<ApiError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(error -> errors.add(new ApiError(error.getField(),
                        error.getDefaultMessage())));
                bean.getGlobalErrors().forEach(error -> errors.add(new ApiError("body", error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(new ApiError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        });
        errors.sort(Comparator.comparing(ApiError::field));
        return badRequest(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        return badRequest(ex, List.of(new ApiError(field, "invalid value '" + ex.getValue() + "'"
                + expected(ex.getRequiredType()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return badRequest(ex, List.of(UnreadableBody.error(ex)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return badRequest(ex, List.of(new ApiError(ex.getParameterName(), "required parameter missing")), headers,
                request);
    }

    /** A path that no endpoint serves. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Not found",
                "No endpoint serves " + ex.getResourcePath());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    /** A request whose fields are each well-formed but that breaks a rule on them. */
    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return refused(HttpStatus.BAD_REQUEST, e);
    }

    /** The caller's role or unit does not allow this (a rule of the feature). */
    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return refused(HttpStatus.FORBIDDEN, e);
    }

    /** A resource that does not exist. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return refused(HttpStatus.NOT_FOUND, e);
    }

    /** The state of what the request changes does not allow it; with the resource it conflicts with, if any. */
    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CONFLICT);
        e.existing().ifPresent(existing -> {
            String link = links.to(existing.path(), existing.variables().toArray()).toString();
            problem.setProperty(existing.property(), link);
            answer.header(HttpHeaders.LOCATION, link);
        });
        e.retryAfter().ifPresent(wait -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        return answer.body(problem);
    }

    /** A write based on another version than the stored one. */
    @ExceptionHandler(VersionMismatchException.class)
    ResponseEntity<ProblemDetail> versionMismatch(VersionMismatchException e) {
        return refused(HttpStatus.PRECONDITION_FAILED, e);
    }

    /** A well-formed request that cannot be processed as it stands. */
    @ExceptionHandler(UnprocessableRequestException.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequestException e) {
        return refused(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    /** A write without the version it changes. */
    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        return refused(HttpStatus.PRECONDITION_REQUIRED, e);
    }

    /** A concurrent write came first and no feature handled it more precisely. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleWrite(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(Problems.of(HttpStatus.PRECONDITION_FAILED,
                "Stale version", "The resource changed since it was read; read it again"));
    }

    /** The database cannot be reached. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException e) {
        log.warn("Database unavailable", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "Service unavailable", "The store is unavailable; try again later"));
    }

    /** A role check of Spring Security ({@code @PreAuthorize}). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "Forbidden",
                "Your role does not allow this."));
    }

    /** No verified caller where one is needed. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "This needs a valid bearer token."));
    }

    /** A header the firewall refuses (control characters), read by a controller: the caller's mistake. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Problems.of(HttpStatus.BAD_REQUEST, "Bad Request",
                RejectedRequests.DETAIL));
    }

    /** A query or form Tomcat cannot decode (not percent-encoded UTF-8, too many parameters). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Problems.of(HttpStatus.BAD_REQUEST, "Bad Request",
                "The request's parameters cannot be read: a query or form must be percent-encoded UTF-8, with no "
                        + "more parameters than the service accepts."));
    }

    /** Anything else: a bug, logged, reported without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "An unexpected error occurred"));
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "; expected one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type != null && Number.class.isAssignableFrom(type) || type == int.class) {
            return "; expected a number";
        }
        return "";
    }

    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, RequestRefusedException e) {
        return ResponseEntity.status(status).body(problem(status, e));
    }

    private static ProblemDetail problem(HttpStatus status, RequestRefusedException e) {
        ProblemDetail problem = Problems.of(status, e.title(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty(Problems.ERRORS, e.errors());
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    private ResponseEntity<Object> badRequest(Exception ex, List<ApiError> errors, HttpHeaders headers,
                                              WebRequest request) {
        ProblemDetail problem = Problems.invalid(InvalidRequestException.detailOf(errors), errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
