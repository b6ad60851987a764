package vn.ldld.platform;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class PlatformConfigTests {

    private final PlatformConfig defaults = PlatformConfig.defaults(Path.of("/repo"));

    @Test
    void defaultsRunEveryServiceOnceWithTheGatewayLast() {
        assertThat(this.defaults.instances()).extracting(ServiceInstance::name, ServiceInstance::port)
            .containsExactly(tuple("identity-service", 9000), tuple("plan-service", 8081), tuple("report-service", 8082),
                    tuple("notification-service", 8083), tuple("analytics-service", 8084), tuple("gateway", 8080));
        assertThat(this.defaults.stateDir()).isEqualTo(Path.of("/repo/.platform"));
        assertThat(this.defaults.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(this.defaults.mongoUri("report")).isEqualTo("mongodb://127.0.0.1:27017/report");
    }

    @Test
    void furtherInstancesListenOnTheBasePortPlusAHundredEach() {
        List<ServiceInstance> reports = this.defaults.withScale("report-service", 3)
            .instances()
            .stream()
            .filter((instance) -> instance.spec().name().equals("report-service"))
            .toList();

        assertThat(reports).extracting(ServiceInstance::name)
            .containsExactly("report-service", "report-service-1", "report-service-2");
        assertThat(reports).extracting(ServiceInstance::port).containsExactly(8082, 8182, 8282);
        assertThat(reports).extracting(ServiceInstance::instanceId)
            .containsExactly("report-service-0", "report-service-1", "report-service-2");
    }

    @Test
    void scaleZeroLeavesAServiceOut() {
        assertThat(this.defaults.withScale("analytics-service", 0).instances())
            .noneMatch((instance) -> instance.spec().name().equals("analytics-service"));
    }

    @Test
    void eachServiceHasItsOwnDatabase() {
        assertThat(ServiceSpec.ALL).extracting(ServiceSpec::database)
            .containsExactly("identity", "plan", "report", "notification", "analytics", "gateway");
    }

    @Test
    void freePortsAreAllDifferent() {
        PlatformConfig config = this.defaults.withFreePorts();
        Set<Integer> ports = new HashSet<>(List.of(config.kafkaPort(), config.controllerPort(), config.mongoPort(),
                config.smtpPort(), config.prometheusPort()));
        config.instances().forEach((instance) -> ports.add(instance.port()));
        config.instances().stream().filter((instance) -> instance.managementPort() > 0)
            .forEach((instance) -> ports.add(instance.managementPort()));

        assertThat(ports).hasSize(5 + ServiceSpec.ALL.size() + 4).doesNotContain(9092, 27017, 3025, 8080, 9082, 9090);
    }

    @Test
    void theServicesActuatorIsOnAManagementPortOfEachInstanceAndReadinessOnItsHttpPort() {
        List<ServiceInstance> instances = this.defaults.withScale("report-service", 3).instances();

        assertThat(instances).filteredOn((instance) -> instance.spec().name().equals("report-service"))
            .extracting(ServiceInstance::port, ServiceInstance::managementPort, ServiceInstance::healthUrl)
            .containsExactly(tuple(8082, 9082, "http://127.0.0.1:8082/readyz"),
                    tuple(8182, 9182, "http://127.0.0.1:8182/readyz"),
                    tuple(8282, 9282, "http://127.0.0.1:8282/readyz"));
        assertThat(instances).filteredOn((instance) -> instance.managementPort() > 0)
            .extracting((instance) -> instance.spec().name()).doesNotContain("gateway", "identity-service")
            .contains("plan-service", "notification-service", "analytics-service");
    }

    @Test
    void freePortsGoToEveryBrokerOfACluster() {
        PlatformConfig config = this.defaults.withKafkaBrokers(3).withFreePorts();
        Set<Integer> ports = new HashSet<>(List.of(config.mongoPort(), config.smtpPort()));
        config.kafkaNodes().forEach((node) -> ports.addAll(List.of(node.port(), node.controllerPort())));
        config.instances().forEach((instance) -> ports.add(instance.port()));

        assertThat(ports).hasSize(8 + ServiceSpec.ALL.size()).doesNotContain(9092, 9192, 9292, 9093);
        assertThat(config.kafkaNodes()).extracting(KafkaNode::dataDir).containsExactly(
                Path.of("/repo/.platform/data/kafka-cluster/kafka-1"), Path.of("/repo/.platform/data/kafka-cluster/kafka-2"),
                Path.of("/repo/.platform/data/kafka-cluster/kafka-3"));
    }

    @Test
    void oneBrokerKeepsItsNameAndDataWhereTheyWere() {
        assertThat(this.defaults.kafkaNodes()).singleElement().satisfies((node) -> {
            assertThat(node.name()).isEqualTo("kafka");
            assertThat(node.dataDir()).isEqualTo(Path.of("/repo/.platform/data/kafka"));
        });
        assertThat(this.defaults.kafkaReplicationFactor()).isOne();
        assertThat(this.defaults.kafkaUsersFile()).isEqualTo(Path.of("/repo/.platform/secrets/kafka-users.properties"));
    }

    @Test
    void unknownServicesAreRejectedWithTheKnownNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withScale("reports", 2))
            .withMessageContaining("report-service");
    }


    @Test
    void servicesMayUseAnExistingMongoDbAndKafka() {
        PlatformConfig config = this.defaults.withExternalMongo("mongodb://db1:27017,db2:27017/{database}?replicaSet=rs0")
            .withExternalKafka("kafka1:9092,kafka2:9092");

        assertThat(config.mongoUri("report")).isEqualTo("mongodb://db1:27017,db2:27017/report?replicaSet=rs0");
        assertThat(config.kafkaBootstrap()).isEqualTo("kafka1:9092,kafka2:9092");
        assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withExternalMongo("mongodb://db1:27017/report"))
            .withMessageContaining("{database}");
    }

    @Test
    void anExistingKafkaIsReachedWithSaslAsItsAdminOrInPlaintextWithoutCredentials() {
        ExternalKafka plaintext = this.defaults.withExternalKafka("kafka1:9092").externalKafka();
        ExternalKafka sasl = this.defaults.withExternalKafka("kafka1:9092", "ops-admin", "s3cret").externalKafka();

        assertThat(plaintext.sasl()).isFalse();
        assertThat(plaintext.adminClientConfig()).containsOnlyKeys("bootstrap.servers");
        assertThat(sasl.sasl()).isTrue();
        assertThat(sasl.adminClientConfig()).containsEntry("bootstrap.servers", "kafka1:9092")
            .containsEntry("security.protocol", "SASL_PLAINTEXT").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .hasEntrySatisfying("sasl.jaas.config", (jaas) -> assertThat((String) jaas).contains("username=\"ops-admin\""));
        assertThat(sasl.toString()).doesNotContain("s3cret");
        assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withExternalKafka("kafka1:9092", "ops-admin", null));
    }

    @Test
    void onAnExistingKafkaWithoutCredentialsTheServicesGetNoKafkaUser(@TempDir Path repoRoot) throws Exception {
        FakeServiceJars.writeAll(repoRoot);
        PlatformConfig config = PlatformConfig.defaults(repoRoot).withExternalKafka("kafka1:9092");

        List<Launch> launches = new Launches(config).services();

        Launch report = launches.stream().filter((launch) -> launch.name().equals("report-service")).findFirst().orElseThrow();
        assertThat(report.env()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka1:9092")
            .doesNotContainKeys("KAFKA_USERNAME", "KAFKA_PASSWORD");
        assertThat(config.kafkaUsersFile()).doesNotExist();
    }

    @Test
    void prometheusScrapesEveryInstanceLabelledAsTheDeploymentsAreWithTheAlertRules() {
        String yaml = PrometheusServer.configuration(this.defaults.withScale("report-service", 2));

        assertThat(yaml).contains("- job_name: report-service", "targets: ['127.0.0.1:9082', '127.0.0.1:9182']",
                "- job_name: gateway", "targets: ['127.0.0.1:8080']",
                "labels: {platform: campaign-reporting, service: report-service}", "/repo/deploy/prometheus/alerts.yml",
                "metrics_path: /actuator/prometheus");
        assertThat(yaml.lines().filter((line) -> line.contains("job_name"))).hasSize(6);
    }

}
