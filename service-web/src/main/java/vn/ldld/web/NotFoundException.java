package vn.ldld.web;

import java.util.List;

/** What the request names does not exist (or is hidden from the caller as if it did not): a 404 problem. */
public class NotFoundException extends RequestRefusedException {

    public NotFoundException(String message) {
        this("Not found", message);
    }

    /** @param title what is missing, e.g. {@code Plan not found} */
    public NotFoundException(String title, String message) {
        super(title, message, List.of());
    }

    /** @param field the request field or path variable that names the missing thing */
    public NotFoundException(String title, String field, String message) {
        super(title, message, List.of(new ApiError(field, message)));
    }
}
