package vn.ldld.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServiceSpecTests {

    @TempDir
    Path repoRoot;

    private final ServiceSpec reportService = ServiceSpec.named("report-service");

    @Test
    void findsTheExecJarWhateverItsVersion() throws Exception {
        Path target = Files.createDirectories(this.repoRoot.resolve("report-service/target"));
        Files.createFile(target.resolve("report-service-0.1.0-SNAPSHOT.jar"));
        Path exec = Files.createFile(target.resolve("report-service-1.2.3-exec.jar"));

        assertThat(this.reportService.requireJar(this.repoRoot)).isEqualTo(exec);
    }

    @Test
    void aMissingJarSaysWhichModuleToBuildAndHow() {
        assertThatExceptionOfType(PlatformException.class).isThrownBy(() -> this.reportService.requireJar(this.repoRoot))
            .withMessageContaining("report-service/target/report-service-*-exec.jar")
            .withMessageContaining("mvn -B -q -DskipTests -pl report-service -am package");
    }

    @Test
    void upChecksEveryJarBeforeStartingAnything() {
        PlatformConfig config = PlatformConfig.defaults(this.repoRoot).withFreePorts();

        assertThatExceptionOfType(PlatformException.class).isThrownBy(() -> new LocalPlatform(config).up())
            .withMessageContaining("plan-service/target/plan-service-*-exec.jar")
            .withMessageContaining("gateway/target/gateway-*-exec.jar");
        assertThat(config.pidsDir()).doesNotExist();
    }

}
