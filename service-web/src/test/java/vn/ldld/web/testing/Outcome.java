package vn.ldld.web.testing;

/** What a caller gets from an endpoint in an access-rule test: the status class it must answer. */
public enum Outcome {
    /** Served: any 2xx. */
    OK,
    /** The role may never do this: 403. */
    FORBIDDEN,
    /** Another unit's object, answered exactly like a missing one: 404. */
    NOT_FOUND;

    public boolean matches(int status) {
        return switch (this) {
            case OK -> status >= 200 && status < 300;
            case FORBIDDEN -> status == 403;
            case NOT_FOUND -> status == 404;
        };
    }
}
