package vn.ldld.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;

/**
 * A plan for one rush, made through the product as the federation's staff would make it: its {@code units}
 * must-report grassroots unions imported into the directory under a district of their own ({@code RUSH<n>}, once:
 * the import leaves present units as they are), then a draft addressed to them by one rule ("every unit under
 * RUSH<n>"), with the report template of the contract's example and a deadline (a day ahead unless given),
 * published through the gateway. Nothing is written to Kafka or to a service's database behind the product's back.
 */
public final class RushPlan {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventContracts CONTRACTS = new EventContracts();
    /** Units per import request: under the gateway's limit on a request body. */
    private static final int IMPORT_BATCH = 1000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    final List<String> units = new ArrayList<>();
    private final String district;
    private final Instant deadline;
    /** A random id until published: the floor scenario's reports name a plan nobody published. */
    private String planId = UUID.randomUUID().toString();

    /** A plan due in a day. */
    public RushPlan(int unitCount) {
        this(unitCount, Instant.now().plus(1, ChronoUnit.DAYS));
    }

    public RushPlan(int unitCount, Instant deadline) {
        this.district = "RUSH" + unitCount;
        for (int i = 1; i <= unitCount; i++) {
            units.add(district + "-%05d".formatted(i));
        }
        this.deadline = deadline.truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return the plan's id once published */
    public String planId() {
        return planId;
    }

    /** @return the must-report units' codes, {@code RUSH<n>-00001} and on */
    public List<String> units() {
        return List.copyOf(units);
    }

    public Instant deadline() {
        return deadline;
    }

    /**
     * Imports the units (if they are not in the directory yet), drafts the plan and publishes it, as province staff
     * through {@code gateway}.
     */
    public void publish(HttpClient http, Endpoint gateway) throws Exception {
        importUnits(http, gateway);
        draftAndPublish(http, gateway);
    }

    /** Imports the district and its units into the directory, 1,000 a request; those present are left. */
    public void importUnits(HttpClient http, Endpoint gateway) throws Exception {
        ArrayNode directory = JSON.createArrayNode();
        directory.addObject().put("code", district).put("name", "Liên đoàn Lao động khối thử tải " + district)
                .put("kind", "DISTRICT_FEDERATION").put("parentCode", "LDLD-TN")
                .put("email", district.toLowerCase(Locale.ROOT) + "@ldld.example");
        for (String code : units) {
            directory.addObject().put("code", code).put("name", "Công đoàn cơ sở " + code)
                    .put("kind", "GRASSROOTS_UNION").put("parentCode", district)
                    .put("email", code.toLowerCase(Locale.ROOT) + "@ldld.example");
        }
        for (int from = 0; from < directory.size(); from += IMPORT_BATCH) {
            ArrayNode batch = JSON.createArrayNode();
            for (int i = from; i < Math.min(from + IMPORT_BATCH, directory.size()); i++) {
                batch.add(directory.get(i));
            }
            ObjectNode body = JSON.createObjectNode();
            body.set("units", batch);
            send(http, gateway, "/api/units/import", body, 200);
        }
    }

    /** Drafts the plan, addressed to the imported units by one rule, and publishes it. */
    public void draftAndPublish(HttpClient http, Endpoint gateway) throws Exception {
        HttpResponse<String> draft = send(http, gateway, "/api/plans", content(), 201);
        planId = JSON.readTree(draft.body()).get("id").asString();
        send(http, gateway, "/api/plans/" + planId + "/publish", null, 200);
    }

    /** The draft: the contract example's texts and template, one phase ending at the deadline, one rule. */
    private ObjectNode content() {
        JsonNode example = JSON.readTree(CONTRACTS.example("plan-published.v2")).get("plan");
        ObjectNode content = JSON.createObjectNode();
        content.putObject("issuer").put("code", "LDLD-TN");
        content.put("title", "benchmark: deadline rush of " + units.size() + " units, " + Instant.now());
        content.put("place", example.get("place").asString());
        content.put("purpose", example.get("purpose").asString());
        content.set("template", example.get("template"));
        LocalDate last = deadline.atZone(ZONE).toLocalDate();
        content.putArray("phases").addObject().put("number", 1).put("name", "Đợt I")
                .put("startDate", LocalDate.now(ZONE).minusDays(1).toString()).put("endDate", last.toString())
                .put("reportDeadline", deadline.toString());
        content.putArray("recipientRules").addObject().put("under", district).put("depth", "CHILDREN")
                .put("role", "MUST_REPORT");
        content.putObject("signer").put("capacity", "TM. BAN THƯỜNG VỤ").put("position", "PHÓ CHỦ TỊCH");
        return content;
    }

    private static HttpResponse<String> send(HttpClient http, Endpoint gateway, String path, JsonNode body,
                                             int expected) throws Exception {
        HttpRequest.Builder request = gateway.request(path).timeout(Duration.ofMinutes(2));
        if (path.endsWith("/publish")) {
            request.header("If-Match", "*");
        }
        request.header("Content-Type", "application/json").POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply;
    }

    /**
     * Waits until report-service knows the plan and its last recipient (the last to arrive, in the last chunk of
     * recipients): an empty report of that unit is then a 400, not a 404 (plan unknown) or 403 (unit not addressed).
     */
    public void awaitKnownBy(HttpClient http, Endpoint endpoint) throws Exception {
        String probe = "{\"planId\":\"" + planId + "\",\"phaseNumber\":1,\"unitCode\":\""
                + units.get(units.size() - 1) + "\",\"values\":{}}";
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> reply = http.send(endpoint.request("/api/reports")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(probe, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 400) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("report-service at " + endpoint.baseUrl() + " did not learn plan " + planId);
    }

    /**
     * The body of {@code unit}'s report: the values and narrative of the contract's example (about 1.5 KB), with as
     * many propaganda sessions as the unit's number modulo 10, so that indicator totals tell reports apart.
     */
    public String report(String unit) {
        ObjectNode example = (ObjectNode) JSON.readTree(CONTRACTS.example("report-submitted"));
        ObjectNode body = JSON.createObjectNode();
        body.put("planId", planId);
        body.put("phaseNumber", 1);
        body.put("unitCode", unit);
        ObjectNode values = (ObjectNode) example.get("values");
        values.put("PROPAGANDA_SESSIONS", Integer.parseInt(unit.substring(unit.lastIndexOf('-') + 1)) % 10 + 1);
        body.set("values", values);
        body.set("narrative", example.get("narrative"));
        body.put("submittedBy", unit.toLowerCase() + ".vanthu");
        return JSON.writeValueAsString(body);
    }
}
