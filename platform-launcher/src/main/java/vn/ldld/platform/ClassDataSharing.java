package vn.ldld.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class data sharing (AppCDS) archive of one service jar: the jar extracted the way Spring Boot documents it
 * ({@code java -Djarmode=tools -jar <jar> extract}: the application jar and {@code lib/} beside it, which the JVM can
 * archive, unlike the nested jars of the executable jar), and a dynamic archive of the classes a training run loaded
 * ({@code -XX:ArchiveClassesAtExit}, the service started with {@code -Dspring.context.exit=onRefresh}: every singleton
 * made, nothing started, then exit). The service then starts from the extracted jar with
 * {@code -XX:SharedArchiveFile}: its classes are mapped from the archive instead of being read, parsed and verified.
 * <p>
 * It lives in {@code <module>/target/cds/}, beside the jar it was made from, with a stamp of that jar (name, size, time)
 * and of the JVM (its home, version and the options the service runs with). A stamp that no longer matches (the jar
 * was rebuilt, another JDK or other options) means a new extraction and training run: never a stale archive.
 * {@code mvn clean} removes it with the jar. Should the JVM still find the archive does not match its class path
 * (it checks every jar's size and time), it says so in the service's log and runs without it ({@code -Xshare:auto},
 * the default): slower to start, never wrong.
 */
final class ClassDataSharing {

    static final String ARCHIVE = "app.jsa";

    private static final String STAMP = "source.properties";

    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    private final Path jar;

    private final Path dir;

    private final String stamp;

    /**
     * @param jar the service's executable jar
     * @param javaOptions the JVM options the service runs with
     */
    ClassDataSharing(Path jar, List<String> javaOptions) {
        this.jar = jar.toAbsolutePath().normalize();
        this.dir = this.jar.getParent().resolve("cds");
        this.stamp = stampOf(this.jar, javaOptions);
    }

    private static String stampOf(Path jar, List<String> javaOptions) {
        try {
            return "jar=" + jar.getFileName() + "\nsize=" + Files.size(jar) + "\nmodified="
                    + Files.getLastModifiedTime(jar).toMillis() + "\njava=" + System.getProperty("java.home") + " "
                    + System.getProperty("java.vm.version") + "\noptions=" + String.join(" ", javaOptions) + "\n";
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** @return whether the archive was made from this very jar by this JVM with these options */
    boolean ready() {
        try {
            return Files.isRegularFile(archive()) && Files.isRegularFile(extractedJar())
                    && this.stamp.equals(Files.readString(this.dir.resolve(STAMP), StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** Writes the stamp of the jar and the JVM the archive was made from: the last step of making it. */
    void markReady() {
        try {
            Files.writeString(this.dir.resolve(STAMP), this.stamp, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new PlatformException("Cannot write the stamp of the archive of " + this.jar + ": " + ex.getMessage(),
                    ex);
        }
    }

    /** @return the archive to start with */
    Path archive() {
        return this.dir.resolve(ARCHIVE);
    }

    /** @return the application jar of the extracted layout, to start with {@code -jar} */
    Path extractedJar() {
        return this.dir.resolve(this.jar.getFileName());
    }

    /** @return the JVM options that start the service from its archive */
    List<String> runOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive());
    }

    /**
     * Deletes the old archive, extracts the jar and starts the training run in its place (the archive names the class
     * path it was made with: it is made where it is used). The stamp is written last, once the archive exists.
     * @param javaOptions the service's JVM options
     * @param env the service's environment (the training run makes every singleton: it needs its settings)
     * @param log where the output of the extraction and the training run goes
     * @return a started preparation; {@link Training#await()} waits for it
     */
    Training start(List<String> javaOptions, Map<String, String> env, Path log) {
        Path work = this.dir;
        deleteTree(work);
        try {
            PrivateFiles.createFolders(log.getParent());
            Files.deleteIfExists(log);
            Files.createDirectories(work);
        }
        catch (IOException ex) {
            throw new PlatformException("Cannot prepare " + work + ": " + ex.getMessage(), ex);
        }
        List<String> extract = List.of(Processes.java(), "-Djarmode=tools", "-jar", this.jar.toString(), "extract",
                "--destination", work.toString(), "--force");
        List<String> training = new ArrayList<>();
        training.add(Processes.java());
        training.addAll(javaOptions);
        training.add("-XX:ArchiveClassesAtExit=" + work.resolve(ARCHIVE));
        training.add("-Dspring.context.exit=onRefresh");
        training.add("-jar");
        training.add(work.resolve(this.jar.getFileName()).toString());
        String script = quote(extract) + " && exec " + quote(training);
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script).directory(work.toFile())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            return new Training(builder.start(), work, log);
        }
        catch (IOException ex) {
            throw new PlatformException("Cannot start the training run of " + this.jar + ": " + ex.getMessage(), ex);
        }
    }

    private static String quote(List<String> command) {
        return String.join(" ", command.stream().map((arg) -> "'" + arg.replace("'", "'\\''") + "'").toList());
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException ex) {
            throw new PlatformException("Cannot delete " + root + ": " + ex.getMessage(), ex);
        }
    }

    /** A training run under way. */
    final class Training {

        private final Process process;

        private final Path work;

        private final Path log;

        Training(Process process, Path work, Path log) {
            this.process = process;
            this.work = work;
            this.log = log;
        }

        /**
         * Waits for the training run; when it made the archive, puts it in place with its stamp.
         * @return whether the archive is ready; if not, the service starts from its jar without one
         */
        boolean await() {
            try {
                if (!this.process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    this.process.destroyForcibly();
                    return false;
                }
            }
            catch (InterruptedException ex) {
                this.process.destroyForcibly();
                Thread.currentThread().interrupt();
                return false;
            }
            if (!Files.isRegularFile(this.work.resolve(ARCHIVE))) {
                return false;
            }
            markReady();
            return ready();
        }

        Path log() {
            return this.log;
        }

    }

}
