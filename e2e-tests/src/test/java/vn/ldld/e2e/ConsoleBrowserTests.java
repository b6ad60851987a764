package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The web console in a real browser (Debian's Chromium driven by playwright-core) against the whole platform
 * ({@link PlatformUnderTest}): one dynamic test per browser test file of {@code console/e2e}, run by Node's test
 * runner, which prints each step. Skipped, saying why, where there is no Chromium at {@code /usr/bin/chromium}
 * ({@code CHROMIUM_PATH}) or the console's packages were not installed.
 */
class ConsoleBrowserTests {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final long TIMEOUT_MINUTES = 6;

    @TestFactory
    Stream<DynamicTest> theConsoleInARealBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
                + " (apt-get install chromium): the console's browser tests are skipped");
        Path console = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize().resolve("console");
        Assumptions.assumeTrue(Files.isDirectory(console.resolve("node_modules/playwright-core")),
                "The console's packages are not installed (the console module's build runs npm ci): browser tests skipped");
        String gateway = PlatformUnderTest.get().gateway;
        List<Path> files;
        try (Stream<Path> listed = Files.list(console.resolve("e2e"))) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(".test.mjs")).sorted().toList();
        }
        assertThat(files).as("browser test files in console/e2e").isNotEmpty();
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> run(console, file, gateway)));
    }

    private static void run(Path console, Path file, String gateway) throws Exception {
        Path output = Files.createTempFile("console-e2e", ".log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1",
                console.relativize(file).toString())
                .directory(console.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        node.environment().put("CONSOLE_URL", gateway);
        node.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        Process process = node.start();
        boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(ended).as("%s ended within %d minutes:%n%s", file.getFileName(), TIMEOUT_MINUTES, log).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", file.getFileName(), log).isZero();
        assertThat(log).as("%s ran its tests", file.getFileName()).containsPattern("ℹ pass [1-9]");
    }
}
