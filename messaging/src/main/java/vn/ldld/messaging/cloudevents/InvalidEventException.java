package vn.ldld.messaging.cloudevents;

/**
 * A record that can never be processed, whatever the number of attempts: missing CloudEvents headers, a payload
 * that is not the JSON its type promises, an unknown type version. It goes straight to the dead-letter topic.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
