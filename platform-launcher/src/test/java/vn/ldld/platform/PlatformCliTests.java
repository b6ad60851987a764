package vn.ldld.platform;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class PlatformCliTests {

    private final PlatformConfig defaults = PlatformConfig.defaults(Path.of("/repo"));

    @Test
    void scaleFlagsSetTheInstancesPerService() {
        PlatformConfig config = PlatformCli.withUpFlags(this.defaults,
                List.of("--scale", "report-service=2", "--scale=analytics-service=0"));

        assertThat(config.scale()).containsEntry("report-service", 2).containsEntry("analytics-service", 0);
    }

    @Test
    void withPrometheusAddsPrometheus() {
        assertThat(this.defaults.prometheus()).isFalse();
        assertThat(PlatformCli.withUpFlags(this.defaults, List.of("--with-prometheus", "--scale", "report-service=2"))
            .prometheus()).isTrue();
    }

    @Test
    void aMalformedScaleIsAUsageError() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PlatformCli.withUpFlags(this.defaults, List.of("--scale", "report-service")))
            .withMessageContaining("<service>=<instances>");
    }

    @Test
    void kafkaBrokersFlagRunsAClusterOfThree() {
        PlatformConfig config = PlatformCli.withUpFlags(this.defaults, List.of("--kafka-brokers", "3"));

        assertThat(config.kafkaNodes()).extracting(KafkaNode::name, KafkaNode::port, KafkaNode::controllerPort)
            .containsExactly(tuple("kafka-1", 9092, 9093), tuple("kafka-2", 9192, 9193), tuple("kafka-3", 9292, 9293));
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092,127.0.0.1:9192,127.0.0.1:9292");
        assertThat(config.kafkaReplicationFactor()).isEqualTo(3);
        assertThat(PlatformCli.withUpFlags(this.defaults, List.of("--kafka-brokers=1")).kafkaNodes())
            .extracting(KafkaNode::name).containsExactly("kafka");
    }

    @Test
    void otherKafkaClusterSizesAreAUsageError() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PlatformCli.withUpFlags(this.defaults, List.of("--kafka-brokers", "2")))
            .withMessageContaining("1 or 3");
        assertThat(PlatformCli.run("up", "--kafka-brokers", "5")).isEqualTo(2);
    }

    @Test
    void anUnknownCommandExitsWithTwo() {
        assertThat(PlatformCli.run("restart")).isEqualTo(2);
    }

}
