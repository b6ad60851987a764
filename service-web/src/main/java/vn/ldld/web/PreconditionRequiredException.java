package vn.ldld.web;

/** A write needs the {@code If-Match} header (the version the client read) and did not send it. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This request must carry an If-Match header with the ETag of the version it changes");
    }
}
