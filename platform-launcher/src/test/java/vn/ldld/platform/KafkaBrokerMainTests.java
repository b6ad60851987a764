package vn.ldld.platform;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerMainTests {

    @Test
    void configuresOneCombinedNodeOnLoopbackWithReplicationFactorOne() {
        Properties p = KafkaBrokerMain.serverProperties(Path.of("/data/kafka"), 19092, 19093);

        assertThat(p).containsEntry("process.roles", "broker,controller")
            .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
            .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
            .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
            .containsEntry("log.dirs", Path.of("/data/kafka/kafka-logs").toString())
            .containsEntry("offsets.topic.replication.factor", "1")
            .containsEntry("offsets.topic.num.partitions", "6")
            .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void clusterIdIsAValidKafkaUuid() {
        assertThat(Uuid.fromString(KafkaBrokerMain.CLUSTER_ID).toString()).isEqualTo(KafkaBrokerMain.CLUSTER_ID);
        assertThat(Base64.getUrlDecoder().decode(KafkaBrokerMain.CLUSTER_ID)).asString().isEqualTo("ldld-campaign-01");
    }

}
