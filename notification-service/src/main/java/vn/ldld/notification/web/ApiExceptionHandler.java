package vn.ldld.notification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of the API into an RFC 9457 problem ({@code application/problem+json}); a bad request names
 * the wrong fields in {@code errors}. Feature-specific advice runs before this one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

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
        return badRequest(ex, List.of(new ApiError(field, "invalid value '" + ex.getValue() + "'")), headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ApiError error = new ApiError("body", "the body is missing or is not valid JSON");
        Throwable cause = ex.getCause();
        if (cause instanceof JacksonException json) {
            String path = path(json);
            if (json instanceof StreamReadException) {
                error = new ApiError("body", "malformed JSON" + location(json) + ": " + json.getOriginalMessage());
            } else if (json instanceof UnrecognizedPropertyException) {
                error = new ApiError(path, "unknown field");
            } else if (!path.isEmpty()) {
                error = new ApiError(path, "invalid value; " + expected(json));
            } else {
                error = new ApiError("body", "invalid body; " + expected(json));
            }
        }
        return badRequest(ex, List.of(error), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return badRequest(ex, List.of(new ApiError(ex.getParameterName(), "required parameter missing")), headers,
                request);
    }

    /** A resource that does not exist. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "Not found",
                e.getMessage()));
    }

    /** A request whose fields are each well-formed but that breaks a rule linking them. */
    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Problems.invalid(
                "Invalid field " + e.field(), List.of(new ApiError(e.field(), e.getMessage()))));
    }

    /** The database cannot be reached. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException e) {
        log.warn("Database unavailable", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "Service unavailable", "The store is unavailable; try again later"));
    }

    /** Anything else: a bug, logged, reported without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "An unexpected error occurred"));
    }

    private ResponseEntity<Object> badRequest(Exception ex, List<ApiError> errors, HttpHeaders headers,
                                              WebRequest request) {
        ProblemDetail problem = Problems.invalid(errors.size() == 1 ? "Invalid field " + errors.get(0).field()
                : errors.size() + " invalid fields", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String expected(JacksonException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "see the API documentation";
        }
        if (target.isEnum()) {
            return "expected one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == LocalDate.class) {
            return "expected a date such as 2023-07-17";
        }
        if (target == Instant.class) {
            return "expected a date-time with offset such as 2023-07-26T00:00:00+07:00";
        }
        if (target == String.class) {
            return "expected a string";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "expected true or false";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "expected a number";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "expected an array";
        }
        return "expected an object";
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
