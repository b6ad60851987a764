package vn.ldld.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KafkaUsersTests {

    @TempDir
    Path repoRoot;

    @Test
    void passwordsAreGeneratedOnceIntoAFileOnlyItsOwnerReads() throws Exception {
        PlatformConfig config = PlatformConfig.defaults(this.repoRoot);

        KafkaUsers users = KafkaUsers.of(config);

        assertThat(users.names()).containsExactlyInAnyOrder("admin", "bench", "provincial-hub", "plan-service",
                "report-service", "notification-service", "analytics-service");
        assertThat(users.password("report-service")).matches("[A-Za-z0-9_-]{32}")
            .isNotEqualTo(users.password("plan-service"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.kafkaUsersFile())))
            .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.kafkaUsersFile().getParent())))
            .isEqualTo("rwx------");
        assertThat(KafkaUsers.of(config).password("report-service")).isEqualTo(users.password("report-service"));
        try (var files = Files.list(config.kafkaUsersFile().getParent())) {
            assertThat(files).containsExactly(config.kafkaUsersFile());
        }
    }

    @Test
    void onlyServicesThatUseKafkaGetCredentials() {
        KafkaUsers users = KafkaUsers.of(PlatformConfig.defaults(this.repoRoot));

        assertThat(users.serviceEnv("notification-service")).containsEntry("KAFKA_USERNAME", "notification-service")
            .containsEntry("KAFKA_PASSWORD", users.password("notification-service"));
        assertThat(users.serviceEnv("gateway")).isEmpty();
        assertThat(users.serviceEnv("identity-service")).isEmpty();
    }

    @Test
    void outsideSystemsAreAddedAndRemovedButThePlatformsOwnUsersStay() {
        PlatformConfig config = PlatformConfig.defaults(this.repoRoot);
        KafkaUsers users = KafkaUsers.of(config).withOutsideSystem("military-command");

        assertThat(KafkaUsers.of(config).password("military-command")).isEqualTo(users.password("military-command"));
        assertThat(users.withoutOutsideSystem("military-command").names()).doesNotContain("military-command");
        assertThat(KafkaUsers.of(config).names()).doesNotContain("military-command");
        assertThatIllegalArgumentException().isThrownBy(() -> users.withoutOutsideSystem("report-service"));
        assertThatIllegalArgumentException().isThrownBy(() -> users.withOutsideSystem("admin"));
        assertThatIllegalArgumentException().isThrownBy(() -> users.withOutsideSystem("Bad Name"));
    }

    @Test
    void aClientSignsInWithScram() {
        assertThat(KafkaUsers.saslConfig("provincial-hub", "pa\"ss")).containsEntry("security.protocol", "SASL_PLAINTEXT")
            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    + "username=\"provincial-hub\" password=\"pa\\\"ss\";");
    }

}
