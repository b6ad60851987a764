package vn.ldld.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Finds the addresses of a host name: the system's resolver, or another one (tests, a dedicated DNS). */
@FunctionalInterface
public interface HostResolver {

    /** The system's resolver ({@link InetAddress#getAllByName(String)}). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /**
     * @return every address of {@code host}, at least one
     * @throws UnknownHostException when it has none
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
