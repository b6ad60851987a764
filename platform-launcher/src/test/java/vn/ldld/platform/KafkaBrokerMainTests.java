package vn.ldld.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KafkaBrokerMainTests {

    private final KafkaNode node = new KafkaNode("kafka", 1, 19092, 19093, Path.of("/data/kafka"));

    @Test
    void configuresOneCombinedNodeOnLoopbackWithReplicationFactorOne() {
        Properties p = KafkaBrokerMain.serverProperties(this.node, "1@127.0.0.1:19093", 1, "secret");

        assertThat(p).containsEntry("process.roles", "broker,controller")
            .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
            .containsEntry("listeners", "SASL_PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
            .containsEntry("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:19092")
            .containsEntry("log.dirs", Path.of("/data/kafka/kafka-logs").toString())
            .containsEntry("offsets.topic.replication.factor", "1")
            .containsEntry("min.insync.replicas", "1")
            .containsEntry("offsets.topic.num.partitions", "6")
            .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void refusesAnonymousClientsAndWhatNoAclAllows() {
        Properties p = KafkaBrokerMain.serverProperties(this.node, "1@127.0.0.1:19093", 1, "secret");

        assertThat(p).containsEntry("listener.security.protocol.map",
                "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
            .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
            .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
            .containsEntry("allow.everyone.if.no.acl.found", "false")
            .containsEntry("super.users", "User:admin")
            .containsEntry("listener.name.controller.plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" "
                            + "password=\"secret\" user_admin=\"secret\";");
        assertThat(p.getProperty("listeners").split(",")).noneMatch((listener) -> listener.startsWith("PLAINTEXT:"));
    }

    @Test
    void aClusterOfThreeKeepsEveryWriteOnTwoBrokers() {
        Properties p = KafkaBrokerMain.serverProperties(new KafkaNode("kafka-2", 2, 19192, 19193, Path.of("/data/k2")),
                "1@127.0.0.1:19093,2@127.0.0.1:19193,3@127.0.0.1:19293", 3, "secret");

        assertThat(p).containsEntry("node.id", "2")
            .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093,2@127.0.0.1:19193,3@127.0.0.1:19293")
            .containsEntry("default.replication.factor", "3")
            .containsEntry("min.insync.replicas", "2")
            .containsEntry("offsets.topic.replication.factor", "3")
            .containsEntry("transaction.state.log.min.isr", "2")
            .containsEntry("unclean.leader.election.enable", "false");
    }

    @Test
    void dataFormattedWithoutTheAdminsCredentialIsRefusedWithWhatToDo(@TempDir Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("kafka-logs"));
        Files.writeString(dataDir.resolve("kafka-logs/meta.properties"), "version=1\n");
        Path properties = dataDir.resolve("server.properties");
        Path usersFile = Files.writeString(dataDir.resolve("users.properties"), "admin=secret\n");
        KafkaUsers users = KafkaUsers.read(usersFile, "127.0.0.1:9092");

        assertThatIllegalStateException()
            .isThrownBy(() -> KafkaBrokerMain.formatStorageIfNeeded(dataDir, properties, users))
            .withMessageContaining("formatted without the admin credential")
            .withMessageContaining("Delete " + dataDir);

        Files.writeString(dataDir.resolve(KafkaBrokerMain.ADMIN_DIGEST_FILE), KafkaBrokerMain.digest("other") + "\n");
        assertThatIllegalStateException()
            .isThrownBy(() -> KafkaBrokerMain.formatStorageIfNeeded(dataDir, properties, users));

        Files.writeString(dataDir.resolve(KafkaBrokerMain.ADMIN_DIGEST_FILE), KafkaBrokerMain.digest("secret") + "\n");
        KafkaBrokerMain.formatStorageIfNeeded(dataDir, properties, users);
    }

    @Test
    void clusterIdIsAValidKafkaUuid() {
        assertThat(Uuid.fromString(KafkaBrokerMain.CLUSTER_ID).toString()).isEqualTo(KafkaBrokerMain.CLUSTER_ID);
        assertThat(Base64.getUrlDecoder().decode(KafkaBrokerMain.CLUSTER_ID)).asString().isEqualTo("ldld-campaign-01");
    }

}
