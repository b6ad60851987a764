package vn.ldld.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.ldld.deploy.Tools.at;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml parses with a real compose implementation ({@code docker-compose config}, Debian's
 * docker-compose package, or {@code podman-compose}), and holds what {@code docker compose up -d} and
 * {@code --scale report-service=3} rely on.
 */
class ComposeFileTests {

    static final Set<String> ONE_SHOT = Set.of("mongo-keyfile", "mongo-init", "kafka-init");
    static final Set<String> SERVICES = Set.of("identity-service", "plan-service", "report-service",
            "notification-service", "analytics-service", "gateway");

    final Map<String, Object> compose = Tools.yaml("docker-compose.yml");
    final Map<String, Map<String, Object>> services = at(compose, "services");

    @Test
    void aRealComposeImplementationAcceptsIt() throws Exception {
        String tool = Tools.onPath("docker-compose") ? "docker-compose" : Tools.onPath("podman-compose") ? "podman-compose" : null;
        assumeTrue(tool != null, "neither docker-compose nor podman-compose is installed (apt-get install docker-compose):"
                + " this check is skipped");
        Tools.Result result = Tools.run(Tools.ROOT, tool, "--env-file", ".env.example", "-f", "docker-compose.yml", "config",
                "-q");
        assertThat(result.exitCode()).as(result.output()).isZero();
        Tools.Result scaled = Tools.run(Tools.ROOT, tool, "--env-file", ".env.example", "-f", "docker-compose.yml", "config",
                "--services");
        assertThat(scaled.output().lines()).containsAll(SERVICES);
        // no password of its own: without them, compose refuses and says where they go
        java.nio.file.Path empty = Files.createTempFile("no-passwords", ".env");
        Tools.Result withoutPasswords = Tools.run(Tools.ROOT, tool, "--env-file", empty.toString(), "-f",
                "docker-compose.yml", "config", "-q");
        Files.delete(empty);
        assertThat(withoutPasswords.exitCode()).as(withoutPasswords.output()).isNotZero();
        assertThat(withoutPasswords.output()).contains("set in .env, see .env.example");
    }

    @Test
    void thePasswordsComeFromTheEnvironmentAndOnlyEnvExampleHoldsDevelopmentValues() throws Exception {
        String text = Files.readString(Tools.ROOT.resolve("docker-compose.yml"));
        Matcher defaulted = Pattern.compile("\\$\\{([A-Z_]*(PASSWORD|SECRET)[A-Z_]*):-").matcher(text);
        assertThat(defaulted.results().map(MatchResult::group).toList()).as("passwords with a default").isEmpty();
        Set<String> required = new TreeSet<>();
        Matcher mandatory = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(text);
        while (mandatory.find()) {
            required.add(mandatory.group(1));
        }
        Properties example = new Properties();
        try (var reader = Files.newBufferedReader(Tools.ROOT.resolve(".env.example"))) {
            example.load(reader);
        }
        assertThat(example.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(required);
        assertThat(required).allSatisfy(name -> assertThat(name).containsAnyOf("PASSWORD", "SECRET"));
        example.forEach((name, value) -> assertThat((String) value).as("%s", name).startsWith("dev-only-"));
        assertThat(Files.readAllLines(Tools.ROOT.resolve(".gitignore"))).contains(".env");
    }

    @Test
    void eachServiceSignsInToKafkaAsItsOwnUserWhichTheBrokerIsFormattedWith() throws Exception {
        String start = Files.readString(Tools.ROOT.resolve("deploy/compose/kafka-start.sh"));
        for (String user : KafkaAcls.DEPLOYED_USERS) {
            String variable = "KAFKA_" + user.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PASSWORD";
            assertThat(start).contains("--add-scram \"SCRAM-SHA-512=[name=" + user + ",password=${" + variable + "}]\"");
            assertThat((Map<String, Object>) at(services.get("kafka"), "environment")).containsKey(variable);
            if (vn.ldld.platform.KafkaAccess.serviceUsers().contains(user)) {
                Map<String, Object> environment = at(services.get(user), "environment");
                assertThat(environment).as(user).containsEntry("KAFKA_USERNAME", user)
                        .containsEntry("KAFKA_PASSWORD", "${" + variable + ":?set in .env, see .env.example}")
                        .containsEntry("KAFKA_SECURITY_PROTOCOL", "${KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}");
            }
        }
        assertThat(start).contains("sasl.enabled.mechanisms=SCRAM-SHA-512", "allow.everyone.if.no.acl.found=false",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    }

    @Test
    void kafkaInitGivesEachServiceTheAclsTheLocalPlatformGivesIt() throws Exception {
        // `produce <user> <topic>`: Write on the topic; `consume <user> <topic>`: Read on it, Write on its -dlt, Read
        // on the consumer group named after the user
        Set<String> granted = new TreeSet<>();
        for (String line : Files.readAllLines(Tools.ROOT.resolve("deploy/compose/kafka-init.sh"))) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 3 && words[0].equals("produce")) {
                granted.add(words[1] + " topic " + words[2] + " literal Write");
            }
            else if (words.length == 3 && words[0].equals("consume")) {
                granted.add(words[1] + " topic " + words[2] + " literal Read");
                granted.add(words[1] + " topic " + words[2] + "-dlt literal Write");
                granted.add(words[1] + " group " + words[1] + " literal Read");
            }
        }
        Set<String> expected = new TreeSet<>();
        vn.ldld.platform.KafkaAccess.serviceUsers().forEach(user -> KafkaAcls.of(user)
                .forEach(acl -> expected.add(user + " " + acl)));
        assertThat(granted).isEqualTo(expected);
    }

    @Test
    void everyServiceTheImageBuildsIsThereWithItsOwnBuildOfTheOneDockerfile() {
        Set<String> built = services.entrySet().stream().filter(e -> e.getValue().containsKey("build"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(built).isEqualTo(SERVICES);
        built.forEach(name -> {
            assertThat((String) at(services.get(name), "build.dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            assertThat((String) at(services.get(name), "build.args.SERVICE")).isEqualTo(name);
        });
    }

    @Test
    void everyLongRunningContainerHasAHealthCheckAndStartsAfterWhatItNeedsIsReady() {
        services.forEach((name, service) -> {
            if (!ONE_SHOT.contains(name)) {
                assertThat(service).as(name).containsKey("healthcheck");
            }
            Map<String, Map<String, String>> dependsOn = at(service, "depends_on");
            if (dependsOn != null) {
                dependsOn.forEach((dependency, condition) -> assertThat(condition.get("condition"))
                        .as("%s waits for %s", name, dependency)
                        .isEqualTo(ONE_SHOT.contains(dependency) ? "service_completed_successfully" : "service_healthy"));
            }
        });
        assertThat((Map<String, Object>) at(services.get("gateway"), "depends_on")).containsKeys(
                "plan-service", "report-service", "notification-service", "analytics-service", "identity-service");
    }

    @Test
    void reportServiceScalesBehindTheGatewayWithNoOtherChange() {
        Map<String, Object> report = services.get("report-service");
        assertThat(report).doesNotContainKeys("ports", "container_name", "hostname");
        Map<String, Object> gateway = at(services.get("gateway"), "environment");
        assertThat(gateway).containsEntry("GATEWAY_DISCOVERY", "dns")
                .containsEntry("REPORT_SERVICE_URLS", "http://report-service:8082");
        List<Map<String, Object>> jobs = at(Tools.yaml("deploy/prometheus/prometheus.yml"), "scrape_configs");
        assertThat(jobs).extracting(job -> job.get("job_name")).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(jobs).allSatisfy(job -> assertThat(job).containsKey("dns_sd_configs"));
    }

    @Test
    void theServicesListenOnEveryInterfaceOfTheirContainerAndAreScrapedOnTheirMetricsPort() {
        List<Map<String, Object>> jobs = at(Tools.yaml("deploy/prometheus/prometheus.yml"), "scrape_configs");
        for (String name : SERVICES) {
            Map<String, Object> environment = at(services.get(name), "environment");
            assertThat(environment).as(name).containsEntry("SERVER_ADDRESS", "0.0.0.0");
            Object metricsPort = environment.getOrDefault("MANAGEMENT_PORT", environment.get("SERVER_PORT"));
            if (environment.containsKey("MANAGEMENT_PORT")) {
                assertThat(environment).as(name).containsEntry("MANAGEMENT_ADDRESS", "0.0.0.0")
                        .containsEntry("HEALTH_PATH", "/readyz");
            }
            Map<String, Object> job = jobs.stream().filter(j -> name.equals(j.get("job_name"))).findFirst().orElseThrow();
            List<Map<String, Object>> dns = at(job, "dns_sd_configs");
            assertThat(String.valueOf(dns.get(0).get("port"))).as(name).isEqualTo(String.valueOf(metricsPort));
        }
    }

    @Test
    void theDataLivesInNamedVolumes() {
        Set<String> named = ((Map<String, Object>) compose.get("volumes")).keySet();
        for (String stateful : List.of("mongo1", "mongo2", "mongo3", "kafka", "identity-service", "prometheus", "grafana")) {
            List<String> volumes = at(services.get(stateful), "volumes");
            assertThat(volumes).as(stateful).anySatisfy(volume -> assertThat(named).contains(volume.split(":")[0]));
        }
    }

    @Test
    void mongoIsAReplicaSetWithAuthenticationAndEachServiceHasItsOwnUser() {
        assertThat(List.of("mongo1", "mongo2", "mongo3")).allSatisfy(member -> {
            List<String> command = at(services.get(member), "command");
            assertThat(command).contains("--replSet", "--keyFile");
        });
        // only the first member is given the root user: a member with data of its own cannot join the set
        assertThat((Map<String, Object>) at(services.get("mongo1"), "environment")).containsKey("MONGO_INITDB_ROOT_PASSWORD");
        assertThat(services.get("mongo2")).doesNotContainKey("environment");
        assertThat(services.get("mongo3")).doesNotContainKey("environment");
        for (String service : List.of("plan-service", "report-service", "notification-service", "analytics-service")) {
            String database = service.replace("-service", "");
            String uri = at(services.get(service), "environment.MONGODB_URI");
            assertThat(uri).contains("mongodb://" + database + ":", "/" + database + "?", "authSource=" + database,
                    "replicaSet=rs0", "w=majority");
        }
    }
}
