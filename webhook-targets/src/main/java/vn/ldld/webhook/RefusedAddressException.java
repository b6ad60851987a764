package vn.ldld.webhook;

import java.net.UnknownHostException;

/**
 * A webhook host that must not be connected to: it is, or resolves to, an internal address. An
 * {@link UnknownHostException} so that an HTTP client's resolver can throw it where a failed lookup would go; its
 * message names the addresses, for the service log only.
 */
public class RefusedAddressException extends UnknownHostException {

    public RefusedAddressException(String message) {
        super(message);
    }
}
