package vn.ldld.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP ports on the loopback interface, all different. */
final class FreePorts {

    private FreePorts() {
    }

    static List<Integer> find(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // hold all of them open at once so none is handed out twice
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // nothing to do, the port is released anyway when we exit
        }
    }

}
