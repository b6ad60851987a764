package vn.ldld.gateway;

import java.io.IOException;
import java.net.ServerSocket;

public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on (free a moment ago). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
