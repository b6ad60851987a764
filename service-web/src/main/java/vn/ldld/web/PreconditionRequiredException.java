package vn.ldld.web;

import java.util.List;

/** A write needs the {@code If-Match} header (the version the client read) and did not send it: a 428 problem. */
public class PreconditionRequiredException extends RequestRefusedException {

    public PreconditionRequiredException() {
        super("If-Match required", "This request must carry an If-Match header with the ETag of the version it changes",
                List.of(new ApiError("If-Match", "header required")));
    }
}
