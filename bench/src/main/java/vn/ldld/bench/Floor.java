package vn.ldld.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.ldld.platform.PlatformConfig;

/**
 * The {@code floor} scenario's application (module bench-floor): started as its own process with the services' JVM
 * options, on a free port, writing to the store report-service writes to (database {@code bench-floor}), and
 * stopped when the scenario ends.
 */
final class Floor implements AutoCloseable {

    /** Its row in the CPU tables. */
    static final String PROCESS = "floor";
    /** The store's row in the CPU tables, which the floor writes to. */
    static final String STORE = "mongo";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final String baseUrl;

    private Floor(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the floor application and waits until it answers.
     *
     * @param repoRoot the repository, whose bench-floor/target holds the application's jar
     * @param mongo the store's URI without a database, e.g. {@code mongodb://127.0.0.1:27017}
     * @throws IllegalStateException if the jar is missing or the application does not answer in time
     */
    static Floor start(Path repoRoot, String mongo, HttpClient http) throws IOException, InterruptedException {
        Path jar = jar(repoRoot.resolve("bench-floor").resolve("target"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(PlatformConfig.defaults(repoRoot).serviceJavaOptions());
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--spring.mongodb.uri=" + database(mongo)));
        Path log = repoRoot.resolve("bench-floor").resolve("target").resolve("floor.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Floor floor = new Floor(process, "http://127.0.0.1:" + port);
        floor.awaitAnswering(http, log);
        return floor;
    }

    String baseUrl() {
        return this.baseUrl;
    }

    ProcessHandle handle() {
        return this.process.toHandle();
    }

    private void awaitAnswering(HttpClient http, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/reports?planId=probe"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline && this.process.isAlive()) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the floor application did not answer within " + START_TIMEOUT.toSeconds()
                + " s; see " + log);
    }

    private static Path jar(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "bench-floor-*-exec.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException("no bench-floor jar in " + target
                + ": build it with mvn -B -q -pl bench-floor -am -DskipTests package");
    }

    private static String database(String mongo) {
        String server = mongo.endsWith("/") ? mongo.substring(0, mongo.length() - 1) : mongo;
        int query = server.indexOf('?');
        return query < 0 ? server + "/bench-floor?w=majority&journal=true"
                : server.substring(0, query) + "/bench-floor" + server.substring(query);
    }

    @Override
    public void close() throws InterruptedException {
        this.process.destroy();
        if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
            this.process.destroyForcibly().waitFor();
        }
    }
}
