package vn.ldld.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The request conflicts with the state of what it changes (a status that does not allow it, a code taken, the same
 * request still in progress): a 409 problem. It may name the resource it conflicts with (answered as
 * {@code Location} and as a member of the problem, at the public base URL) and when to try again
 * ({@code Retry-After}).
 */
public class ConflictException extends RequestRefusedException {

    private Existing existing;
    private Duration retryAfter;

    public ConflictException(String title, String message) {
        this(title, message, List.of());
    }

    /** @param field the field at fault, named with the detail */
    public ConflictException(String title, String field, String message) {
        this(title, message, List.of(new ApiError(field, message)));
    }

    public ConflictException(String title, String message, List<ApiError> errors) {
        super(title, message, errors);
    }

    /** The resource the request conflicts with, if it names one. */
    public Optional<Existing> existing() {
        return Optional.ofNullable(existing);
    }

    /** How long the caller should wait before trying again, if it may. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Names the resource the request conflicts with; for the constructors of subclasses.
     *
     * @param property the member of the problem that links to it, e.g. {@code existingReport}
     * @param path its path template, e.g. {@code /api/reports/{id}}
     * @param variables the template's variables
     */
    protected final void conflictsWith(String property, String path, Object... variables) {
        this.existing = new Existing(property, path, List.of(variables));
    }

    /** Tells the caller to try again after {@code wait}; for the constructors of subclasses. */
    protected final void tryAgainAfter(Duration wait) {
        this.retryAfter = wait;
    }

    /**
     * The resource a request conflicts with.
     *
     * @param property the member of the problem that links to it
     * @param path its path template
     * @param variables the template's variables
     */
    public record Existing(String property, String path, List<Object> variables) {
    }
}
