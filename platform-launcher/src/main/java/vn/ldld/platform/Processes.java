package vn.ldld.platform;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts detached processes and stops them again. */
final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private static final File DEV_NULL = new File("/dev/null");

    private Processes() {
    }

    /** @return the {@code java} executable of the running JVM */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code command} with its output appended to {@code logFile} and no pipe to us, so that it outlives
     * the launcher. With {@code setsid} it also gets its own session: a Ctrl-C in the launcher's terminal does
     * not reach it ({@code setsid} execs in place, the pid stays the same). It runs with umask {@code 077}: the
     * files and folders it creates are its owner's only ({@link PrivateFiles}).
     * @return its pid
     */
    static long startDetached(List<String> command, Map<String, String> env, Path workDir, Path logFile) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(PrivateFiles.ownerOnlyPrefix());
        full.addAll(command);
        try {
            PrivateFiles.createFolders(logFile.getParent());
            Files.writeString(logFile, "=== " + Instant.now() + " starting: " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            PrivateFiles.restrict(logFile);
            ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectErrorStream(true);
            builder.environment().putAll(env);
            return builder.start().pid();
        }
        catch (IOException ex) {
            throw new PlatformException("Cannot start " + String.join(" ", command) + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Asks every process to terminate (SIGTERM) at once, waits up to {@code grace} for them, then kills the
     * rest. Does nothing to a process that is not ours (see {@link PidFile#process()}).
     * @return the names of those that had to be killed
     */
    static List<String> stop(List<PidFile> pidFiles, Duration grace) {
        List<PidFile> ours = new ArrayList<>();
        for (PidFile pidFile : pidFiles) {
            Optional<ProcessHandle> process = pidFile.process();
            if (process.isPresent()) {
                process.get().destroy();
                ours.add(pidFile);
            }
        }
        Instant deadline = Instant.now().plus(grace);
        List<String> killed = new ArrayList<>();
        for (PidFile pidFile : ours) {
            ProcessHandle process = ProcessHandle.of(pidFile.pid()).orElse(null);
            if (process != null && !awaitExit(process, Duration.between(Instant.now(), deadline))) {
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(5));
                killed.add(pidFile.name());
            }
        }
        return killed;
    }

    /** Polls: {@code onExit()} of a process that is not our child reacts only after a second or two. */
    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return !process.isAlive();
    }

}
