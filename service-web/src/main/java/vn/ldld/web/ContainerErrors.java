package vn.ldld.web;

import org.springframework.http.HttpStatus;

/** Titles and plain-words details of the errors the servlet container answers on its own, by status. */
final class ContainerErrors {

    private ContainerErrors() {
    }

    record Described(String title, String detail) {
    }

    static Described describe(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request is not valid HTTP: its address or a header holds characters that must be "
                    + "percent-encoded (such as [ ] in a query: %5B %5D), or a header is too large.";
            case 404 -> "No endpoint serves this path.";
            case 405 -> "This endpoint does not accept this method.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request's address is too long.";
            case 415 -> "This endpoint does not accept this content type.";
            case 431 -> "The request's headers are too large.";
            case 501 -> "This method is not supported.";
            case 505 -> "This HTTP version is not supported.";
            default -> status >= 500 ? "An unexpected error occurred." : "The request cannot be served.";
        };
        return new Described(title, detail);
    }
}
