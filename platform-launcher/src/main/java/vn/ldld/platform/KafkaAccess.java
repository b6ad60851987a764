package vn.ldld.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.ResourceNotFoundException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the platform's Kafka topics, as ACLs for the brokers' {@code StandardAuthorizer} (which refuses
 * whatever no ACL allows). Each service publishes only its own topic and reads only what it consumes, in a consumer
 * group named after it; a consumer dead-letters a record to {@code <topic>-dlt} of the topic it read it from, so it
 * may write exactly those. An outside system reads the three event streams in consumer groups named
 * {@code <its name>.<anything>}, and writes nothing. {@code admin} is the brokers' own super user.
 */
public final class KafkaAccess {

    /**
     * What a service does on Kafka.
     *
     * @param produces the topics it publishes (through its outbox)
     * @param consumes the topics it consumes, in the consumer group named after the service
     */
    record ServiceUse(List<String> produces, List<String> consumes) {
    }

    /** The services that use Kafka, each with its Kafka user named after it (their {@code spring.application.name}). */
    static final Map<String, ServiceUse> SERVICES = services();

    /** The benchmark and fault runs' consumer groups: {@code bench-<anything>}. */
    static final String BENCH_GROUP_PREFIX = "bench-";

    private static final int SCRAM_ITERATIONS = 8192;

    private static final int TIMEOUT_SECONDS = 30;

    private KafkaAccess() {
    }

    private static Map<String, ServiceUse> services() {
        Map<String, ServiceUse> services = new LinkedHashMap<>();
        services.put("plan-service", new ServiceUse(List.of("plan-events"), List.of()));
        services.put("report-service", new ServiceUse(List.of("report-events"), List.of("plan-events")));
        services.put("notification-service",
                new ServiceUse(List.of("notification-events"), List.of("plan-events", "report-events")));
        services.put("analytics-service", new ServiceUse(List.of(), Topics.STREAMS));
        return Map.copyOf(services);
    }

    /** @return the Kafka users the platform itself has: admin, each service, the benchmark and provincial-hub */
    static List<String> platformUsers() {
        List<String> users = new ArrayList<>(List.of(KafkaUsers.ADMIN, KafkaUsers.BENCH, KafkaUsers.PROVINCIAL_HUB));
        users.addAll(SERVICES.keySet().stream().sorted().toList());
        return users;
    }

    /** @return the consumer group prefix of an outside system: {@code provincial-hub.} for {@code provincial-hub} */
    public static String outsideGroupPrefix(String user) {
        return user + ".";
    }

    /** @return the services that use Kafka, each signing in as the Kafka user named after it */
    public static Set<String> serviceUsers() {
        return SERVICES.keySet();
    }

    /**
     * The same rules hold wherever the platform runs: the deployments' Kafka users (docker-compose, Strimzi) are
     * checked against them.
     * @param user a Kafka user: a service, {@code bench}, {@code admin}, or an outside system (any other name)
     * @return the ACLs that allow it what it needs, and nothing else ({@code admin} needs none: it is the super user)
     */
    public static List<AclBinding> bindings(String user) {
        List<AclBinding> bindings = new ArrayList<>();
        ServiceUse service = SERVICES.get(user);
        if (user.equals(KafkaUsers.ADMIN)) {
            return bindings;
        }
        if (service != null) {
            service.produces().forEach((topic) -> bindings.add(allow(user, topic(topic), AclOperation.WRITE)));
            for (String topic : service.consumes()) {
                bindings.add(allow(user, topic(topic), AclOperation.READ));
                bindings.add(allow(user, topic(topic + Topics.DEAD_LETTER_SUFFIX), AclOperation.WRITE));
            }
            if (!service.consumes().isEmpty()) {
                bindings.add(allow(user, new ResourcePattern(ResourceType.GROUP, user, PatternType.LITERAL),
                        AclOperation.READ));
            }
        }
        else if (user.equals(KafkaUsers.BENCH)) {
            // writes nothing (its plans go through the gateway and plan-service); reads every topic back (dead
            // letters included) and the services' consumer lag (their groups' committed offsets)
            Topics.ALL.forEach((topic) -> bindings.add(allow(user, topic(topic), AclOperation.READ)));
            bindings.add(allow(user, new ResourcePattern(ResourceType.GROUP, BENCH_GROUP_PREFIX, PatternType.PREFIXED),
                    AclOperation.READ));
            bindings.add(allow(user, new ResourcePattern(ResourceType.GROUP, ResourcePattern.WILDCARD_RESOURCE,
                    PatternType.LITERAL), AclOperation.DESCRIBE));
        }
        else {
            Topics.STREAMS.forEach((topic) -> bindings.add(allow(user, topic(topic), AclOperation.READ)));
            bindings.add(allow(user, new ResourcePattern(ResourceType.GROUP, outsideGroupPrefix(user),
                    PatternType.PREFIXED), AclOperation.READ));
        }
        return bindings;
    }

    /** @return what {@link #bindings(String)} allows, in words: {@code writes report-events; reads plan-events; ...} */
    static String describe(String user) {
        if (user.equals(KafkaUsers.ADMIN)) {
            return "super user: the brokers' own, creates topics, users and ACLs";
        }
        Map<String, List<String>> byWhat = new LinkedHashMap<>();
        for (AclBinding binding : bindings(user)) {
            ResourcePattern pattern = binding.pattern();
            String what = switch (binding.entry().operation()) {
                case WRITE -> "writes";
                case READ -> pattern.resourceType() == ResourceType.GROUP ? "uses consumer groups" : "reads";
                default -> "describes consumer groups";
            };
            String name = pattern.patternType() == PatternType.PREFIXED ? pattern.name() + "*" : pattern.name();
            byWhat.computeIfAbsent(what, (key) -> new ArrayList<>()).add(name);
        }
        List<String> parts = new ArrayList<>();
        byWhat.forEach((what, names) -> parts.add(what + " " + String.join(", ", names)));
        return String.join("; ", parts);
    }

    /**
     * Gives every user of {@code users} that lacks one its SCRAM credential (the brokers were formatted with those
     * of the users they knew then), and every user its ACLs. Idempotent: run at every start.
     */
    static void apply(Admin admin, KafkaUsers users) {
        apply(admin, users, users.names());
    }

    /**
     * Gives each of {@code names} (users of {@code users}) its SCRAM credential if it has none, and its ACLs, and
     * waits until the broker {@code admin} talks to has both. Idempotent.
     */
    static void apply(Admin admin, KafkaUsers users, Collection<String> names) {
        apply(admin, users, names, false);
    }

    /**
     * Same as {@link #apply(Admin, KafkaUsers, Collection)}; with {@code replaceKnown}, a user that has a credential
     * is given the one of {@code users} anyway (a Kafka the launcher did not format, where another may have set it).
     */
    static void apply(Admin admin, KafkaUsers users, Collection<String> names, boolean replaceKnown) {
        Set<String> known = await("list the Kafka users", admin.describeUserScramCredentials().all()).keySet();
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (String user : names) {
            if (replaceKnown || !known.contains(user)) {
                credentials.add(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), users.password(user)));
            }
            acls.addAll(bindings(user));
        }
        if (!credentials.isEmpty()) {
            await("store the Kafka users' credentials", admin.alterUserScramCredentials(credentials).all());
        }
        await("create the Kafka ACLs", admin.createAcls(acls).all());
        awaitVisible(admin, names, acls);
    }

    /** Waits until the broker answering {@code admin} has the credentials and ACLs of every user of {@code users}. */
    static void awaitVisible(Admin admin, KafkaUsers users) {
        awaitVisible(admin, users.names(), users.names().stream().flatMap((user) -> bindings(user).stream()).toList());
    }

    /**
     * Waits until the broker answering {@code admin} has the users' credentials and the ACLs: the controller commits
     * them before the brokers apply them, and a client signing in at once could be refused meanwhile.
     */
    static void awaitVisible(Admin admin, Collection<String> users, Collection<AclBinding> acls) {
        Instant deadline = Instant.now().plusSeconds(TIMEOUT_SECONDS);
        while (true) {
            Set<String> known = await("list the Kafka users", admin.describeUserScramCredentials().all()).keySet();
            Collection<AclBinding> present = await("list the Kafka ACLs", admin.describeAcls(AclBindingFilter.ANY).values());
            if (known.containsAll(users.stream().filter((user) -> !user.equals(KafkaUsers.ADMIN)).toList())
                    && present.containsAll(acls)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new PlatformException("The Kafka brokers did not apply the users' credentials and ACLs within "
                        + TIMEOUT_SECONDS + " s");
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new PlatformException("Interrupted while waiting for the Kafka users", ex);
            }
        }
    }

    /** Takes away a user's credential and every ACL that names it. */
    static void revoke(Admin admin, String user) {
        AclBindingFilter filter = new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                principal(user), null, AclOperation.ANY, AclPermissionType.ANY));
        await("delete the ACLs of " + user, admin.deleteAcls(List.of(filter)).all());
        try {
            await("delete the credential of " + user, admin.alterUserScramCredentials(List.of(
                    new UserScramCredentialDeletion(user, ScramMechanism.SCRAM_SHA_512))).all());
        }
        catch (PlatformException ex) {
            if (!(ex.getCause() instanceof ResourceNotFoundException)) {
                throw ex;
            }
        }
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static AclBinding allow(String user, ResourcePattern pattern, AclOperation operation) {
        return new AclBinding(pattern, new AccessControlEntry(principal(user), "*", operation, AclPermissionType.ALLOW));
    }

    private static String principal(String user) {
        return "User:" + user;
    }

    private static <T> T await(String what, KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            throw new PlatformException("Could not " + what + ": " + ex.getCause().getMessage(), ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new PlatformException("Kafka did not " + what + " within " + TIMEOUT_SECONDS + " s", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting to " + what, ex);
        }
    }

}
