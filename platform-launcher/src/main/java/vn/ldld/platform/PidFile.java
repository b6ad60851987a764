package vn.ldld.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code <state>/pids/<name>.pid} records about a process the platform started.
 *
 * @param name e.g. {@code kafka} or {@code report-service-1}
 * @param pid its process id
 * @param port the port it listens on
 * @param marker a string its command line contains (its main class or jar), to tell it from a reused pid
 * @param fingerprint the settings it was started with; different settings mean it must be restarted
 */
record PidFile(String name, long pid, int port, String marker, String fingerprint) {

    private static final String SUFFIX = ".pid";

    static Path path(Path pidsDir, String name) {
        return pidsDir.resolve(name + SUFFIX);
    }

    static Optional<PidFile> read(Path pidsDir, String name) {
        Path file = path(pidsDir, name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
            return Optional.of(new PidFile(name, Long.parseLong(p.getProperty("pid")),
                    Integer.parseInt(p.getProperty("port")), p.getProperty("marker", ""),
                    p.getProperty("fingerprint", "")));
        }
        catch (IOException | RuntimeException ex) {
            // an unreadable pid file cannot name a process of ours
            return Optional.empty();
        }
    }

    static List<PidFile> readAll(Path pidsDir) {
        List<PidFile> all = new ArrayList<>();
        if (!Files.isDirectory(pidsDir)) {
            return all;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pidsDir, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                read(pidsDir, name.substring(0, name.length() - SUFFIX.length())).ifPresent(all::add);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return all;
    }

    static void delete(Path pidsDir, String name) {
        try {
            Files.deleteIfExists(path(pidsDir, name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void write(Path pidsDir) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(this.pid));
        p.setProperty("port", Integer.toString(this.port));
        p.setProperty("marker", this.marker);
        p.setProperty("fingerprint", this.fingerprint);
        try {
            PrivateFiles.createFolders(pidsDir);
            try (Writer writer = Files.newBufferedWriter(path(pidsDir, this.name), StandardCharsets.UTF_8)) {
                p.store(writer, this.name);
            }
            PrivateFiles.restrict(path(pidsDir, this.name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * @return the process, if it is alive and is ours: a {@code java} (or {@code prometheus}) command line containing
     * the marker
     */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive).filter(this::isOurs);
    }

    private boolean isOurs(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String commandLine = info.commandLine()
            .orElseGet(() -> info.command().orElse("") + " " + String.join(" ", info.arguments().orElse(new String[0])));
        return (commandLine.contains("java") || commandLine.contains("prometheus")) && commandLine.contains(this.marker);
    }

}
