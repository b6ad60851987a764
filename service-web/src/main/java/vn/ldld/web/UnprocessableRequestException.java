package vn.ldld.web;

import java.util.List;

/**
 * The request is well formed but cannot be processed as it stands (e.g. an {@code Idempotency-Key} used before for
 * another request): a 422 problem naming the field at fault.
 */
public class UnprocessableRequestException extends RequestRefusedException {

    public UnprocessableRequestException(String title, String field, String message) {
        super(title, message, List.of(new ApiError(field, message)));
    }
}
