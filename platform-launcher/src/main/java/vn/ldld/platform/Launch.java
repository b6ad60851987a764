package vn.ldld.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How to start one platform process.
 *
 * @param name e.g. {@code kafka} or {@code report-service-1}: names its log and pid files
 * @param ports the ports it listens on, the main one first; they must be free before it starts
 * @param marker a string of its command line that identifies it (its main class or jar)
 * @param command the whole command line, starting with {@code java}
 * @param env environment variables added to the launcher's own
 * @param fingerprint the settings that matter: a running process with other settings is restarted
 * @param builtAt when what it runs was built (a service's jar); {@code EPOCH} for the infrastructure
 */
record Launch(String name, List<Integer> ports, String marker, List<String> command, Map<String, String> env,
        String fingerprint, Instant builtAt) {

    int port() {
        return this.ports.get(0);
    }

    PidFile pidFile(long pid) {
        return new PidFile(this.name, pid, port(), this.marker, this.fingerprint);
    }

}
