package vn.ldld.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the service refuses. Each kind of failure is one subclass, and {@link ApiExceptionHandler} is the one
 * place that answers each kind with its status as an RFC 9457 problem: {@link InvalidRequestException} 400,
 * {@link vn.ldld.web.security.ForbiddenException} 403, {@link NotFoundException} 404, {@link ConflictException} 409,
 * {@link VersionMismatchException} 412, {@link UnprocessableRequestException} 422,
 * {@link PreconditionRequiredException} 428. A feature's exception extends the kind it is and adds only what is its
 * own: the title, the fields at fault, more members of the problem.
 *
 * <p>No HTTP type appears in these classes (unlike Spring's {@code ErrorResponseException}), so the domain throws
 * them without depending on the web layer.
 */
public abstract class RequestRefusedException extends RuntimeException {

    private final String title;
    private final List<ApiError> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    /**
     * @param title the problem's title: the same for every occurrence of this failure
     * @param detail what went wrong this time, in words a user understands
     * @param errors the fields at fault, empty when no field is
     */
    protected RequestRefusedException(String title, String detail, List<ApiError> errors) {
        super(detail);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** The problem's title. */
    public String title() {
        return title;
    }

    /** The fields at fault: the problem's {@code errors}; empty when none is. */
    public List<ApiError> errors() {
        return errors;
    }

    /** More members of the problem, e.g. {@code currentVersion}. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Adds a member to the problem; for the constructors of subclasses. */
    protected final void property(String name, Object value) {
        properties.put(name, value);
    }
}
