package vn.ldld.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;

import vn.ldld.platform.KafkaAccess;
import vn.ldld.platform.KafkaUsers;

/**
 * The ACLs the local platform grants each Kafka user (KafkaAccess), written as the deployments' files are compared:
 * one entry per resource, {@code topic plan-events literal Write}. Describe is left out where Read or Write is
 * granted, since Kafka implies it from either.
 */
final class KafkaAcls {

    /** The users a deployment has: the services and provincial-hub ({@code bench} serves the local platform only). */
    static final Set<String> DEPLOYED_USERS = deployedUsers();

    private KafkaAcls() {
    }

    private static Set<String> deployedUsers() {
        Set<String> users = new TreeSet<>(KafkaAccess.serviceUsers());
        users.add(KafkaUsers.PROVINCIAL_HUB);
        return Set.copyOf(users);
    }

    /** @return what the local platform allows {@code user}, one entry per resource */
    static Set<String> of(String user) {
        Map<String, List<String>> byResource = new TreeMap<>();
        for (AclBinding binding : KafkaAccess.bindings(user)) {
            String resource = binding.pattern().resourceType().name().toLowerCase(Locale.ROOT) + " "
                    + binding.pattern().name() + " "
                    + (binding.pattern().patternType() == PatternType.PREFIXED ? "prefix" : "literal");
            String operation = binding.entry().operation().name();
            byResource.computeIfAbsent(resource, key -> new ArrayList<>())
                    .add(operation.charAt(0) + operation.substring(1).toLowerCase(Locale.ROOT));
        }
        return byResource.entrySet().stream()
                .map(entry -> entry.getKey() + " " + operations(entry.getValue()))
                .collect(Collectors.toSet());
    }

    /** @return a deployment's ACL in the form of {@link #of(String)} */
    static String acl(String type, String name, String patternType, List<String> operations) {
        return type.toLowerCase(Locale.ROOT) + " " + name + " " + ("prefix".equals(patternType) ? "prefix" : "literal") + " "
                + operations(operations);
    }

    private static String operations(List<String> operations) {
        Set<String> sorted = new TreeSet<>(operations);
        if (sorted.contains("Read") || sorted.contains("Write")) {
            sorted.remove("Describe");
        }
        return String.join(",", sorted);
    }

}
