package vn.ldld.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the benchmark, each {@code --name=value} or {@code --name value}.
 *
 * @param gateway base URL of the gateway
 * @param direct base URL of one report-service instance
 * @param kafka Kafka bootstrap servers, signed in as {@code KAFKA_USERNAME} if set
 * @param mongo MongoDB URI of the server report-service writes to (its store ceiling is measured there)
 * @param units must-report units of each rush plan, each submitting once
 * @param retryShare share of the units that send their submission a second time with the same Idempotency-Key
 * @param concurrency requests in flight at once
 * @param warmupUnits units of the warm-up plan sent to each target before measuring (0: none)
 * @param storeInserts single-document inserts of the store-ceiling measurement (0: skip it)
 * @param scenarios which runs, among {@code direct}, {@code gateway}, {@code gateway-2}, {@code floor},
 *                  {@code publication} (none: the store ceiling only)
 * @param login whose token the requests carry
 */
record Options(String gateway, String direct, KafkaClients kafka, String mongo, int units, double retryShare,
               int concurrency, int warmupUnits, int storeInserts, List<String> scenarios, Login login) {

    static Options parse(String[] args) {
        String gateway = "http://127.0.0.1:8080";
        String direct = "http://127.0.0.1:8082";
        String kafka = "127.0.0.1:9092";
        String mongo = "mongodb://127.0.0.1:27017";
        int units = 500;
        double retryShare = 0.1;
        int concurrency = 16;
        int warmupUnits = 1000;
        int storeInserts = 5000;
        List<String> scenarios = List.of("direct", "gateway");
        Login login = Login.DEFAULT;
        for (Map.Entry<String, String> flag : Flags.parse(args).entrySet()) {
            String name = flag.getKey();
            String value = flag.getValue();
            switch (name) {
                case "--gateway" -> gateway = value;
                case "--direct" -> direct = value;
                case "--kafka" -> kafka = value;
                case "--mongo" -> mongo = value;
                case "--units" -> units = Integer.parseInt(value);
                case "--retry-share" -> retryShare = Double.parseDouble(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--warmup-units" -> warmupUnits = Integer.parseInt(value);
                case "--store-inserts" -> storeInserts = Integer.parseInt(value);
                case "--scenarios" -> scenarios = Arrays.stream(value.split(",")).map(String::trim)
                        .filter(scenario -> !scenario.isEmpty() && !scenario.equals("none")).toList();
                default -> login = login.with(name, value);
            }
        }
        return new Options(strip(gateway), strip(direct), KafkaClients.fromEnvironment(kafka), mongo, units,
                retryShare, concurrency, warmupUnits, storeInserts, scenarios, login);
    }

    static String usage() {
        return """
                usage: bench/rush [--gateway URL] [--direct URL] [--kafka HOST:PORT] [--mongo URI]
                                  [--units 500] [--retry-share 0.1] [--concurrency 16] [--warmup-units 1000]
                                  [--store-inserts 5000] [--scenarios direct,gateway[,gateway-2][,floor][,publication]]
                                  [--issuer http://localhost:9000] [--account staff] [--password demo]
                  defaults: gateway http://127.0.0.1:8080, direct http://127.0.0.1:8082 (one report-service
                  instance), kafka 127.0.0.1:9092, mongo mongodb://127.0.0.1:27017 (the local platform).
                  gateway-2 is the gateway run again, labelled as the two-instance run: start the platform
                  with --scale report-service=2 for it; --scenarios none measures the store ceiling only.
                  floor: the same rush against a bare Spring Boot application on the same stack that inserts
                  the same JSON into the same store (module bench-floor, started and stopped by the run).
                  publication: a plan of --units units published through the gateway and timed until every
                  consumer has caught up, with no rush.
                  Requests carry a token of --account (province staff: it submits on behalf of the rush's
                  units) from the identity service at --issuer.""";
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
