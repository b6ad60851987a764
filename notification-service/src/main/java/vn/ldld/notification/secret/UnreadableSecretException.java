package vn.ldld.notification.secret;

/** A stored secret that cannot be decrypted: its key is not in the key ring, or the value was altered. */
public class UnreadableSecretException extends Exception {

    UnreadableSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
