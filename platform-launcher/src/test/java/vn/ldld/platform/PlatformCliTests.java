package vn.ldld.platform;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlatformCliTests {

    private final PlatformConfig defaults = PlatformConfig.defaults(Path.of("/repo"));

    @Test
    void scaleFlagsSetTheInstancesPerService() {
        PlatformConfig config = PlatformCli.withScales(this.defaults,
                List.of("--scale", "report-service=2", "--scale=analytics-service=0"));

        assertThat(config.scale()).containsEntry("report-service", 2).containsEntry("analytics-service", 0);
    }

    @Test
    void aMalformedScaleIsAUsageError() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PlatformCli.withScales(this.defaults, List.of("--scale", "report-service")))
            .withMessageContaining("<service>=<instances>");
    }

    @Test
    void anUnknownCommandExitsWithTwo() {
        assertThat(PlatformCli.run("restart")).isEqualTo(2);
    }

}
