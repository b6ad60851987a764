package vn.ldld.platform;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A service that does not come up makes the start fail with the end of its log. No Kafka or Mongo needed. */
class ServiceFailureTests {

    private static final ServiceSpec ANALYTICS = ServiceSpec.named("analytics-service");

    @TempDir
    Path repoRoot;

    private LocalPlatform platform;

    @AfterEach
    void stopAll() {
        if (this.platform != null) {
            this.platform.stopAll();
        }
    }

    @Test
    void aServiceThatExitsFailsTheStartWithTheEndOfItsLog() throws Exception {
        FakeServiceJars.writeBroken(this.repoRoot, ANALYTICS);
        this.platform = platform(config());

        assertThatExceptionOfType(PlatformException.class).isThrownBy(this.platform::startServices)
            .withMessageContaining("analytics-service")
            .withMessageContaining("exited before it became healthy")
            .withMessageContaining("Invalid or corrupt jarfile");
        assertThat(PidFile.readAll(this.platform.config().pidsDir())).isEmpty();
    }

    @Test
    void aServiceThatStaysDownFailsTheStartAfterTheTimeout() throws Exception {
        FakeServiceJars.writeAll(this.repoRoot);
        PlatformConfig config = config().withServiceEnv("analytics-service", Map.of("FAKE_HEALTH", "DOWN"))
            .withStartTimeout(Duration.ofSeconds(3));
        this.platform = platform(config);

        assertThatExceptionOfType(PlatformException.class).isThrownBy(this.platform::startServices)
            .withMessageContaining("Not healthy after 3 s: analytics-service")
            .withMessageContaining("last 30 lines of " + this.platform.logFile("analytics-service"));
        assertThat(this.platform.status()).filteredOn((row) -> row.name().equals("analytics-service"))
            .singleElement()
            .satisfies((row) -> assertThat(row.health()).isEqualTo("DOWN"));
    }

    private PlatformConfig config() {
        return PlatformConfig.defaults(this.repoRoot).withServices(List.of(ANALYTICS)).withFreePorts();
    }

    private static LocalPlatform platform(PlatformConfig config) {
        return new LocalPlatform(config, new PrintStream(OutputStream.nullOutputStream()));
    }

}
