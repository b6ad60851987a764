package vn.ldld.web.security;

import java.util.List;

import vn.ldld.web.ApiError;
import vn.ldld.web.RequestRefusedException;

/** The caller is known but may not do this: a 403 problem. Never used to hide an object (that is a 404). */
public class ForbiddenException extends RequestRefusedException {

    public ForbiddenException(String message) {
        super("Forbidden", message, List.of());
    }

    /** @param field the request field whose value the caller may not send, e.g. another unit's code */
    public ForbiddenException(String title, String field, String message) {
        super(title, message, List.of(new ApiError(field, message)));
    }
}
