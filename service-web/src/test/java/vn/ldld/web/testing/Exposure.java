package vn.ldld.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

/**
 * What a service exposes where: the API and the probes ({@code /livez}, {@code /readyz}) on its port, bound to the
 * loopback address unless a deployment says otherwise; every other actuator endpoint on the management port only.
 */
public final class Exposure {

    private Exposure() {
    }

    /**
     * Checks a service as a caller who skips the gateway meets it: on loopback only, probes on its API port, actuator
     * apart, every refusal outside a controller a problem with the correlation id ({@link ErrorAnswers}).
     *
     * @param listPath a list the holder of {@code token} may read, e.g. {@code /api/units}
     */
    public static void assertBehindTheGateway(int port, int managementPort, String listPath, String token)
            throws SocketException {
        assertProbesOnTheApiPortAndActuatorApart(port, managementPort);
        assertOnlyOnLoopback(port, managementPort);
        ErrorAnswers.assertEveryOneIsAProblem(port, listPath, token);
    }

    /** Checks a service started with its own defaults for the address (the port may be random). */
    public static void assertProbesOnTheApiPortAndActuatorApart(int port, int managementPort) {
        assertThat(managementPort).as("a management port of its own").isPositive().isNotEqualTo(port);
        for (String probe : List.of("/livez", "/readyz")) {
            RawHttp.Answer answer = RawHttp.send(port, "GET", probe, null);
            assertThat(answer.status()).as("%s: %s", probe, answer).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
        }
        for (String endpoint : List.of("/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator")) {
            RawHttp.Answer answer = RawHttp.send(port, "GET", endpoint, null);
            assertThat(answer.status()).as("%s on the API port: %s", endpoint, answer).isIn(401, 404);
            assertThat(answer.body()).as(endpoint).doesNotContain("application=");
            assertThat(answer.header("Content-Type")).as(endpoint).startsWith("application/problem+json");
        }
        RawHttp.Answer metrics = RawHttp.send(managementPort, "GET", "/actuator/prometheus", null);
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=");
        assertThat(RawHttp.send(managementPort, "GET", "/actuator/health", null).status()).isEqualTo(200);
    }

    /** Checks that neither port answers on any address of this machine but the loopback one. */
    public static void assertOnlyOnLoopback(int... ports) throws SocketException {
        for (InetAddress address : outsideAddresses()) {
            for (int port : ports) {
                assertThat(connects(address, port)).as("port %d answers on %s", port, address).isFalse();
            }
        }
        for (int port : ports) {
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).as("port %d on loopback", port).isTrue();
        }
    }

    private static List<InetAddress> outsideAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
