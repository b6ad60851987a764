package vn.ldld.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.deploy.Tools.at;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay of deploy/k8s renders with {@code kubectl kustomize} and holds what the platform needs on a
 * cluster: each service with its probes, resources and disruption budget, autoscaling, network policies, Kafka
 * with its topics and users (Strimzi), a three-member MongoDB (MongoDB Community Operator), scraping and alerts.
 */
class KustomizeTests {

    static final Set<String> SERVICES = Set.of("identity-service", "plan-service", "report-service",
            "notification-service", "analytics-service", "gateway");
    static final Set<String> TOPICS = Set.of("plan-events", "report-events", "notification-events", "plan-events-dlt",
            "report-events-dlt", "notification-events-dlt");

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> overlays = Files.list(Tools.ROOT.resolve("deploy/k8s/overlays"))) {
            return overlays.map(overlay -> overlay.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersWithEverythingThePlatformNeeds(String overlay) {
        List<Map<String, Object>> resources = render(overlay);

        assertThat(named(resources, "Deployment")).containsAll(SERVICES);
        assertThat(named(resources, "Service")).containsAll(SERVICES);
        assertThat(named(resources, "PodDisruptionBudget")).containsAll(SERVICES);
        assertThat(named(resources, "HorizontalPodAutoscaler")).containsExactlyInAnyOrder("report-service", "gateway");
        assertThat(named(resources, "NetworkPolicy")).contains("default-deny-ingress", "services-from-gateway",
                "mongodb-from-services");
        assertThat(named(resources, "KafkaTopic")).containsExactlyInAnyOrderElementsOf(TOPICS);
        assertThat(named(resources, "KafkaUser")).containsExactlyInAnyOrder("plan-service", "report-service",
                "notification-service", "analytics-service", "provincial-hub");
        assertThat(named(resources, "Kafka")).containsExactly("ldld-kafka");
        assertThat(named(resources, "ServiceMonitor")).hasSize(2);
        assertThat(named(resources, "PrometheusRule")).hasSize(1);
        assertThat(of(resources, "MongoDBCommunity")).singleElement()
                .satisfies(mongo -> assertThat((Integer) at(mongo, "spec.members")).isEqualTo(3));

        for (Map<String, Object> deployment : of(resources, "Deployment")) {
            if (!SERVICES.contains(at(deployment, "metadata.name"))) {
                continue;
            }
            List<Map<String, Object>> containers = at(deployment, "spec.template.spec.containers");
            Map<String, Object> container = containers.get(0);
            // the actuator's liveness and readiness groups: /livez and /readyz on the API port of a service whose
            // actuator is on a management port, the actuator's own paths on the gateway and the identity service
            boolean apart = !Set.of("gateway", "identity-service").contains(at(deployment, "metadata.name"));
            assertThat((String) at(container, "startupProbe.httpGet.path"))
                    .isEqualTo(apart ? "/livez" : "/actuator/health/liveness");
            assertThat((String) at(container, "livenessProbe.httpGet.path"))
                    .isEqualTo(apart ? "/livez" : "/actuator/health/liveness");
            assertThat((String) at(container, "readinessProbe.httpGet.path"))
                    .isEqualTo(apart ? "/readyz" : "/actuator/health/readiness");
            assertThat((Object) at(container, "resources.requests.cpu")).isNotNull();
            assertThat((Object) at(container, "resources.requests.memory")).isNotNull();
            assertThat((Object) at(container, "resources.limits.memory")).isNotNull();
            assertThat((Boolean) at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachKafkaUserMayExactlyWhatTheLocalPlatformAllowsIt(String overlay) {
        Map<String, Map<String, Object>> users = new java.util.HashMap<>();
        of(render(overlay), "KafkaUser").forEach(user -> users.put(at(user, "metadata.name"), user));
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(KafkaAcls.DEPLOYED_USERS);
        users.forEach((name, user) -> {
            assertThat((String) at(user, "spec.authentication.type")).as(name).isEqualTo("scram-sha-512");
            List<Map<String, Object>> acls = at(user, "spec.authorization.acls");
            assertThat(acls.stream().map(KustomizeTests::acl).collect(java.util.stream.Collectors.toSet())).as(name)
                    .isEqualTo(KafkaAcls.of(name));
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceSignsInToKafkaAsItsOwnUserWithThePasswordStrimziWrites(String overlay) {
        List<Map<String, Object>> resources = render(overlay);
        for (String service : vn.ldld.platform.KafkaAccess.serviceUsers()) {
            Map<String, Object> deployment = of(resources, "Deployment").stream()
                    .filter(resource -> service.equals(at(resource, "metadata.name"))).findFirst().orElseThrow();
            List<Map<String, Object>> containers = at(deployment, "spec.template.spec.containers");
            List<Map<String, Object>> env = at(containers.get(0), "env");
            Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
            env.forEach(variable -> byName.put((String) variable.get("name"), variable));
            assertThat(byName.get("KAFKA_USERNAME")).as(service).containsEntry("value", service);
            assertThat((String) at(byName.get("KAFKA_PASSWORD"), "valueFrom.secretKeyRef.name")).isEqualTo(service);
            assertThat((String) at(byName.get("KAFKA_PASSWORD"), "valueFrom.secretKeyRef.key")).isEqualTo("password");
        }
        Map<String, Object> kafkaSettings = of(resources, "ConfigMap").stream()
                .filter(map -> ((String) at(map, "metadata.name")).startsWith("kafka-client-settings")) // hash suffix
                .findFirst().orElseThrow();
        assertThat((Map<String, Object>) kafkaSettings.get("data")).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
    }

    /** A Strimzi ACL as {@link KafkaAcls} writes one: {@code topic plan-events literal Write}. */
    private static String acl(Map<String, Object> acl) {
        return KafkaAcls.acl(at(acl, "resource.type"), at(acl, "resource.name"), at(acl, "resource.patternType"),
                (List<String>) acl.get("operations"));
    }

    private static List<Map<String, Object>> render(String overlay) {
        Tools.require("kubectl", "kubernetes-client");
        java.util.regex.Matcher kustomize = java.util.regex.Pattern.compile("Kustomize Version: v(\\d+)")
                .matcher(Tools.run(Tools.ROOT, "kubectl", "version", "--client").output());
        org.junit.jupiter.api.Assumptions.assumeTrue(kustomize.find() && Integer.parseInt(kustomize.group(1)) >= 4,
                "kubectl's kustomize is older than v4 (labels, inline patches): the overlays are not rendered here");
        Tools.Result result = Tools.run(Tools.ROOT, "kubectl", "kustomize", "deploy/k8s/overlays/" + overlay);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return Tools.documents(result.output());
    }

    private static List<Map<String, Object>> of(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private static List<String> named(List<Map<String, Object>> resources, String kind) {
        return of(resources, kind).stream().map(resource -> (String) at(resource, "metadata.name")).toList();
    }
}
