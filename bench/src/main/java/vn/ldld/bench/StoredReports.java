package vn.ldld.bench;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

/** The reports report-service holds for a plan, read through its API, with the indicator values of each. */
final class StoredReports {

    private static final int PAGE_SIZE = 500;

    /** One stored report: id, unit, when it was received, its numeric indicator values. */
    record Stored(String id, String unitCode, Instant receivedAt, Map<String, BigDecimal> values) {
    }

    private StoredReports() {
    }

    /** @param withValues whether to read each report for its values (one request per report) */
    static List<Stored> read(HttpClient http, Endpoint endpoint, String planId, boolean withValues)
            throws Exception {
        List<Stored> listed = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = endpoint.getJson(http, "/api/reports?planId=" + planId + "&size=" + PAGE_SIZE
                    + "&page=" + page);
            for (JsonNode item : answer.path("items")) {
                listed.add(new Stored(item.path("id").asString(), item.path("unitCode").asString(),
                        Instant.parse(item.path("receivedAt").asString()), Map.of()));
            }
            if ((long) (page + 1) * PAGE_SIZE >= answer.path("total").asLong()) {
                break;
            }
        }
        if (!withValues) {
            return listed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Stored>> reads = new ArrayList<>();
            for (Stored report : listed) {
                reads.add(pool.submit(() -> new Stored(report.id(), report.unitCode(), report.receivedAt(),
                        numbers(endpoint.getJson(http, "/api/reports/" + report.id()).path("values")))));
            }
            List<Stored> stored = new ArrayList<>();
            for (Future<Stored> read : reads) {
                stored.add(read.get());
            }
            return stored;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the sum of each numeric indicator over the reports */
    static Map<String, BigDecimal> totals(List<Stored> reports) {
        Map<String, BigDecimal> totals = new HashMap<>();
        reports.forEach(report -> report.values().forEach((code, value) -> totals.merge(code, value, BigDecimal::add)));
        return totals;
    }

    private static Map<String, BigDecimal> numbers(JsonNode values) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        values.properties().forEach(entry -> {
            if (entry.getValue().isNumber()) {
                numbers.put(entry.getKey(), entry.getValue().decimalValue());
            }
        });
        return numbers;
    }
}
