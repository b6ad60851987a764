package vn.ldld.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fault the fault run injects in the middle of a deadline rush: {@code kill -9} of one process. The platform is
 * restored afterwards by starting whatever is not running.
 */
interface Fault {

    /** Every fault by the name {@code --faults} takes, in the order the run injects them by default. */
    Map<String, Fault> ALL = byName(List.of(new Kill("store", "mongo"), new KillBroker(),
            new KillLeader("report-events"), new Kill("report-service", "report-service"), new Kill("notification-service", "notification-service"),
            new Kill("analytics-service", "analytics-service"), new Kill("gateway", "gateway")));

    String name();

    /** @return what was done, e.g. {@code kill -9 12345 (mongo)} */
    String inject(LocalProcesses processes) throws InterruptedException;

    /** @return the faults of a run on {@code brokers} Kafka brokers: the partition leader's death only on a cluster */
    static List<Fault> defaults(int brokers) {
        return ALL.values().stream().filter(fault -> brokers > 1 ? !(fault instanceof KillBroker)
                : !(fault instanceof KillLeader)).toList();
    }

    /** {@code kill -9} of the platform's process {@code process}. */
    record Kill(String name, String process) implements Fault {

        @Override
        public String inject(LocalProcesses processes) throws InterruptedException {
            return "kill -9 " + processes.kill(process) + " (" + process + ")";
        }
    }

    /** {@code kill -9} of the Kafka broker (the first of a cluster). */
    record KillBroker() implements Fault {

        @Override
        public String name() {
            return "kafka";
        }

        @Override
        public String inject(LocalProcesses processes) throws InterruptedException {
            String broker = processes.brokers().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Kafka broker runs"));
            return "kill -9 " + processes.kill(broker) + " (" + broker + ")";
        }
    }

    /** {@code kill -9} of the broker that leads partition 0 of {@code topic} (on a cluster). */
    record KillLeader(String topic) implements Fault {

        @Override
        public String name() {
            return "kafka-leader";
        }

        @Override
        public String inject(LocalProcesses processes) throws InterruptedException {
            String leader = processes.leaderOf(topic, 0);
            return "kill -9 " + processes.kill(leader) + " (" + leader + ", leader of " + topic + "-0)";
        }
    }

    private static Map<String, Fault> byName(List<Fault> faults) {
        Map<String, Fault> byName = new LinkedHashMap<>();
        faults.forEach(fault -> byName.put(fault.name(), fault));
        return byName;
    }
}
