package vn.ldld.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.contracts.EventContracts;

/**
 * A plan for one rush: the contract's example plan with {@code units} must-report grassroots unions and a deadline
 * (a day ahead unless given), published on {@code plan-events} as plan-service would publish it (CloudEvents
 * headers), so the benchmark depends on nothing but the intake path and the consumers.
 */
public final class RushPlan {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventContracts CONTRACTS = new EventContracts();

    final String planId = UUID.randomUUID().toString();
    final List<String> units = new ArrayList<>();
    private final Instant deadline;

    /** A plan due in a day. */
    public RushPlan(int unitCount) {
        this(unitCount, Instant.now().plus(1, ChronoUnit.DAYS));
    }

    public RushPlan(int unitCount, Instant deadline) {
        for (int i = 1; i <= unitCount; i++) {
            units.add("CDCS-B%05d".formatted(i));
        }
        this.deadline = deadline.truncatedTo(ChronoUnit.SECONDS);
    }

    public String planId() {
        return planId;
    }

    /** @return the must-report units' codes, {@code CDCS-B00001} and on */
    public List<String> units() {
        return List.copyOf(units);
    }

    public Instant deadline() {
        return deadline;
    }

    /** Publishes the plan now, as plan-service would. */
    public void publish(KafkaClients kafka) {
        ObjectNode event = (ObjectNode) JSON.readTree(CONTRACTS.example("plan-published"));
        event.put("planId", planId);
        event.put("publishedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("planId", planId);
        plan.put("title", "benchmark: deadline rush " + planId.substring(0, 8));
        ((ObjectNode) plan.get("phases").get(0)).put("reportDeadline", deadline.toString());
        ArrayNode recipients = plan.putArray("recipients");
        for (String code : units) {
            ObjectNode recipient = recipients.addObject();
            recipient.putObject("unit").put("code", code).put("name", "Công đoàn cơ sở " + code)
                    .put("kind", "GRASSROOTS_UNION").put("parentCode", "LDLD-TN");
            recipient.put("role", "MUST_REPORT");
        }
        String json = JSON.writeValueAsString(event);
        CONTRACTS.validate("plan-published", json);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.config(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)))) {
            ProducerRecord<String, String> record = new ProducerRecord<>("plan-events", planId, json);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_source", "/bench");
            header(record, "ce_type", "vn.ldld.plan.published.v1");
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_subject", planId);
            header(record, "content-type", "application/json");
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish the rush plan on " + kafka, e);
        }
    }

    /** Waits until report-service knows the plan: an empty report is then a 400, not a 404. */
    public void awaitKnownBy(HttpClient http, Endpoint endpoint) throws Exception {
        String probe = "{\"planId\":\"" + planId + "\",\"phaseNumber\":1,\"unitCode\":\"" + units.get(0)
                + "\",\"values\":{}}";
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
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
        values.put("PROPAGANDA_SESSIONS", Integer.parseInt(unit.replaceAll("\\D", "")) % 10 + 1);
        body.set("values", values);
        body.set("narrative", example.get("narrative"));
        body.put("submittedBy", unit.toLowerCase() + ".vanthu");
        return JSON.writeValueAsString(body);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
