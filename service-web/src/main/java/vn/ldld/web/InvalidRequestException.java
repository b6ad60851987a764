package vn.ldld.web;

import java.util.List;

/** The request breaks a rule on one or more of its fields: a 400 problem naming each of them. */
public class InvalidRequestException extends RequestRefusedException {

    /** One field at fault. */
    public InvalidRequestException(String field, String message) {
        this(List.of(new ApiError(field, message)));
    }

    /** Every field at fault; the detail counts them. */
    public InvalidRequestException(List<ApiError> errors) {
        this(detailOf(errors), errors);
    }

    /** Every field at fault, with a detail of the caller's. */
    public InvalidRequestException(String detail, List<ApiError> errors) {
        super("Invalid request", detail, errors);
    }

    /** The first field at fault. */
    public String field() {
        return errors().get(0).field();
    }

    /** {@code Invalid field x} for one field, {@code n invalid fields} for more. */
    static String detailOf(List<ApiError> errors) {
        return errors.size() == 1 ? "Invalid field " + errors.get(0).field() : errors.size() + " invalid fields";
    }
}
