package vn.ldld.web.security;

/** The caller is known but may not do this: answered 403. Never used to hide an object (that is a 404). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
