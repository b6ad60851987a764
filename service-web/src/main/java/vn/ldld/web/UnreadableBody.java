package vn.ldld.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names what is wrong with a body that could not be read: the field's path and the value expected there. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ApiError error(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof JacksonException json)) {
            return new ApiError("body", "the body is missing or is not valid JSON");
        }
        String path = path(json);
        if (json instanceof InputCoercionException coercion && !path.isEmpty()) {
            return new ApiError(path, outOfRange(coercion.getTargetType()));
        }
        if (json instanceof StreamReadException) {
            return new ApiError(JsonSyntax.aboutAValue(json) && !path.isEmpty() ? path : "body",
                    JsonSyntax.describe(json));
        }
        if (json instanceof UnrecognizedPropertyException) {
            return new ApiError(path, "unknown field");
        }
        if (!path.isEmpty()) {
            return new ApiError(path, "invalid value; " + expected(json));
        }
        return new ApiError("body", "invalid body; " + expected(json));
    }

    private static String expected(JacksonException e) {
        return expected(e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null);
    }

    private static String outOfRange(Class<?> target) {
        if (target == int.class || target == Integer.class) {
            return "out of range: expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (target == long.class || target == Long.class) {
            return "out of range: expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "out of range for this field";
    }

    private static String expected(Class<?> target) {
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
