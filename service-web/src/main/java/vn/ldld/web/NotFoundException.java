package vn.ldld.web;

/** Thrown by a feature when the resource a request names does not exist; answered with a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
