package vn.ldld.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One Spring Boot service of the platform.
 *
 * @param name the service name, also used for its log, pid file and Mongo database
 * @param module the Maven module folder below the repository root
 * @param defaultPort the HTTP port of its first instance
 * @param healthPath the path on its HTTP port that answers {@code 200 {"status":"UP"}} once it is ready
 * @param defaultManagementPort the port of its first instance's actuator endpoints (metrics, full health), 0 when
 *        they share its HTTP port
 */
public record ServiceSpec(String name, String module, int defaultPort, String healthPath, int defaultManagementPort) {

    /** Every service, in start order: the gateway last, since it routes to all the others. */
    public static final List<ServiceSpec> ALL = List.of(
            of("identity-service", 9000),
            apart("plan-service", 8081),
            apart("report-service", 8082),
            apart("notification-service", 8083),
            apart("analytics-service", 8084),
            of("gateway", 8080));

    /** Management port of a service whose actuator is apart: its HTTP port + {@value}. */
    static final int MANAGEMENT_PORT_OFFSET = 1000;

    private static ServiceSpec of(String name, int port) {
        return new ServiceSpec(name, name, port, "/actuator/health", 0);
    }

    /** A service with its actuator on a management port of its own and its readiness probe on its HTTP port. */
    private static ServiceSpec apart(String name, int port) {
        return new ServiceSpec(name, name, port, "/readyz", port + MANAGEMENT_PORT_OFFSET);
    }

    /** @return whether its actuator endpoints are on a management port of their own */
    public boolean hasManagementPort() {
        return this.defaultManagementPort > 0;
    }

    /**
     * @return the service called {@code name}
     * @throws IllegalArgumentException naming the known services if there is none
     */
    public static ServiceSpec named(String name) {
        return ALL.stream()
            .filter((spec) -> spec.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "', known: "
                    + ALL.stream().map(ServiceSpec::name).toList()));
    }

    /** @return its own Mongo database: the name without {@code -service}, e.g. {@code report} */
    public String database() {
        return this.name.replace("-service", "");
    }

    /** @return whether this is the identity service, which issues the tokens every other service checks */
    public boolean isIdentity() {
        return this.name.equals("identity-service");
    }

    /** @return whether this is the gateway, which needs the URLs of every other service */
    public boolean isGateway() {
        return this.name.equals("gateway");
    }

    /**
     * Finds the Spring Boot executable jar, {@code <module>/target/<module>-*-exec.jar}, the newest if several.
     * @param repoRoot the repository root
     * @return the jar, if it was built
     */
    public Optional<Path> findJar(Path repoRoot) {
        Path target = repoRoot.resolve(this.module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(target, this.module + "-*-exec.jar")) {
            found.forEach(jars::add);
        }
        catch (IOException ex) {
            throw new PlatformException("Cannot list " + target + ": " + ex.getMessage(), ex);
        }
        return jars.stream().max(Comparator.comparing(ServiceSpec::lastModified));
    }

    /**
     * @param repoRoot the repository root
     * @return the executable jar
     * @throws PlatformException saying how to build it when it is missing
     */
    public Path requireJar(Path repoRoot) {
        return findJar(repoRoot).orElseThrow(() -> new PlatformException("No executable jar for " + this.name
                + ": expected " + this.module + "/target/" + this.module + "-*-exec.jar in " + repoRoot
                + ". Build it with: mvn -B -q -DskipTests -pl " + this.module + " -am package"));
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        }
        catch (IOException ex) {
            return 0;
        }
    }

}
