package vn.ldld.messaging;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This process among the instances of its service, derived once from {@code messaging.instance-id} and injected
 * wherever an instance marks what it holds (outbox relay lease, inbox, claims of due work).
 *
 * @param name the configured name, the same after a restart ({@code messaging.instance-id}), or null when none is
 * @param run this run of the process alone: the name (or the JVM's name when none is configured) and a random
 *            suffix, so a restarted instance never mistakes a claim of its previous run for its own
 */
public record InstanceId(String name, String run) {

    /** From the configured name, blank or null when none is configured. */
    public static InstanceId of(String configured) {
        String name = configured == null || configured.isBlank() ? null : configured;
        return new InstanceId(name,
                (name != null ? name : ManagementFactory.getRuntimeMXBean().getName()) + "/" + UUID.randomUUID());
    }

    /** The configured name when there is one, otherwise this run's id. */
    public String lasting() {
        return name != null ? name : run;
    }
}
