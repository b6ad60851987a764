package vn.ldld.client;

/**
 * The platform did not answer what the client asked for; the message says what failed and, where possible, what
 * to do.
 */
public class ClientException extends RuntimeException {

    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }

}
