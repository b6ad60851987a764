package vn.ldld.client;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./platform demo}: a live campaign on the running local platform, through the gateway as users would run
 * it. Province staff publish a plan shaped like the source document with one phase that starts today and a
 * deadline a few minutes ahead; over those minutes most units submit (one revises its report, one is returned and
 * resubmits, one is accepted), two submit after the deadline and two never do. The live summary from analytics is
 * printed as it changes, then where to download the exports.
 */
public final class CampaignDemo {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZONE);
    private static final List<String> ASSIGNED_AT_PUBLICATION =
            List.of("planId", "version", "number", "sequence", "year", "issuedOn");

    /** Province staff publish, review and watch; each unit submits with its own account. */
    private static final String STAFF = "staff";

    private final String gateway;
    private final Tokens tokens;
    private final Path repoRoot;
    private final Duration window;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    // HTTP/1.1 as the gateway serves it (no h2c upgrade attempts)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> reportIds = new ConcurrentHashMap<>();

    /**
     * @param gateway  the gateway's base URL, e.g. {@code http://localhost:8080}
     * @param tokens   the tokens of staff and of each unit's account
     * @param repoRoot the repository, whose sample plan the demo publishes
     * @param window   the time from now until the phase's deadline
     * @param out      where the demo tells what happens
     */
    public CampaignDemo(String gateway, Tokens tokens, Path repoRoot, Duration window, PrintStream out) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.repoRoot = repoRoot;
        this.window = window;
        this.out = out;
    }

    /**
     * @return the exit status of {@code ./platform demo}: 0 when the campaign ran to its end
     * @throws IOException when the platform cannot be reached
     */
    public int run() throws IOException, InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(window);
        ObjectNode draft = draft(deadline);
        List<String> units = new ArrayList<>();
        draft.get("recipients").forEach(r -> {
            if ("MUST_REPORT".equals(r.get("role").asText())) {
                units.add(r.get("unit").get("code").asText());
            }
        });
        String planId = publish(draft);
        out.printf("Plan %s published: %d units must report before %s (local time)%n", planId, units.size(),
                CLOCK.format(deadline));

        List<Step> steps = script(planId, units, start, deadline);
        Instant nextSummary = Instant.now();
        for (Step step : steps) {
            while (Instant.now().isBefore(step.at())) {
                if (!Instant.now().isBefore(nextSummary)) {
                    printSummary(planId);
                    nextSummary = Instant.now().plusSeconds(15);
                }
                Thread.sleep(Math.min(500, Math.max(1, Duration.between(Instant.now(), step.at()).toMillis())));
            }
            out.printf("%s  %s%n", CLOCK.format(Instant.now()), step.action().run());
        }
        out.println("Waiting for the overdue notices of the units that never reported...");
        waitForOverdue(planId, units.size());
        printSummary(planId);
        String phase = gateway + "/api/analytics/plans/" + planId + "/phases/1";
        out.printf("%nExports:%n  %s/export.xlsx%n  %s/export.csv%n  %s/consolidated.docx%n", phase, phase, phase);
        out.printf("Units: %s/units   Rush curve: %s/timeline?interval=HOUR%n", phase, phase);
        out.printf("Reminders: %s/api/notifications/schedule?planId=%s   Mail received: .platform/data/mail/%n",
                gateway, planId);
        return 0;
    }

    /** What happens when: most units on time, one revision, one return and resubmission, two late, two never. */
    private List<Step> script(String planId, List<String> units, Instant start, Instant deadline) {
        List<Step> steps = new ArrayList<>();
        long windowMillis = Duration.between(start, deadline).toMillis();
        int onTime = Math.max(1, units.size() - 4);
        for (int i = 0; i < onTime; i++) {
            String unit = units.get(i);
            Instant at = start.plusMillis(windowMillis * (i + 1) / (onTime + 2));
            int factor = i + 1;
            steps.add(new Step(at, () -> submit(planId, unit, factor)));
        }
        if (onTime >= 3) {
            String revised = units.get(0);
            String returned = units.get(1);
            String accepted = units.get(2);
            steps.add(new Step(start.plusMillis(windowMillis * (onTime + 1) / (onTime + 2)),
                    () -> revise(revised, 10, "Bổ sung số liệu sau khi tổng hợp lại từ các công đoàn cơ sở.")));
            steps.add(new Step(start.plusMillis(windowMillis * (onTime + 1) / (onTime + 2) + 2000),
                    () -> returnReport(returned, "Đề nghị bổ sung số liệu kinh phí vận động và thuyết minh kèm theo.")));
            steps.add(new Step(start.plusMillis(windowMillis * (onTime + 1) / (onTime + 2) + 6000),
                    () -> revise(returned, 3, "Đã bổ sung kinh phí vận động theo yêu cầu của Ban Tuyên giáo – Nữ công.")));
            steps.add(new Step(start.plusMillis(windowMillis * (onTime + 1) / (onTime + 2) + 8000),
                    () -> accept(accepted)));
        }
        for (int i = onTime; i < Math.min(units.size(), onTime + 2); i++) {
            String unit = units.get(i);
            int factor = i + 1;
            steps.add(new Step(deadline.plusSeconds(15L + 15L * (i - onTime)), () -> submit(planId, unit, factor)));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private ObjectNode draft(Instant deadline) throws IOException {
        JsonNode example = json.readTree(Files.readString(
                repoRoot.resolve("contracts/examples/plan-published.v1.json"), StandardCharsets.UTF_8));
        ObjectNode plan = (ObjectNode) example.get("plan").deepCopy();
        ASSIGNED_AT_PUBLICATION.forEach(plan::remove);
        plan.put("title", plan.get("title").asText() + " — trình diễn " + CLOCK.format(Instant.now()));
        LocalDate today = LocalDate.now(ZONE);
        ArrayNode phases = plan.putArray("phases");
        phases.addObject().put("number", 1).put("name", "Đợt trình diễn")
                .put("startDate", today.toString())
                .put("endDate", deadline.atZone(ZONE).toLocalDate().toString())
                .put("reportDeadline", deadline.toString());
        return plan;
    }

    private String publish(ObjectNode draft) throws IOException, InterruptedException {
        HttpResponse<String> created = send(STAFF, "POST", "/api/plans", draft, null);
        require(created, 201, "create the plan");
        String id = json.readTree(created.body()).get("id").asText();
        String etag = created.headers().firstValue("ETag").orElse("*");
        require(send(STAFF, "POST", "/api/plans/" + id + "/publish", null, etag), 200, "publish the plan");
        return id;
    }

    private String submit(String planId, String unit, int factor) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("planId", planId).put("phaseNumber", 1).put("unitCode", unit);
        body.set("values", values(factor));
        ObjectNode narrative = body.putObject("narrative");
        narrative.put("RESULTS", "Đơn vị " + unit + " đã phối hợp với lực lượng vũ trang tổ chức " + (2 * factor)
                + " buổi tuyên truyền và thăm, tặng quà gia đình chính sách.");
        narrative.put("DIFFICULTIES", "Kinh phí vận động còn hạn chế; thời gian triển khai ngắn.");
        narrative.put("PROPOSALS", "Đề nghị Liên đoàn Lao động tỉnh hỗ trợ thêm kinh phí cho đợt II.");
        HttpResponse<String> answer = null;
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 20; attempt++) {
            answer = send(Tokens.accountOf(unit), "POST", "/api/reports", body, null, "Idempotency-Key", key);
            if (answer.statusCode() != 404) {
                break;
            }
            Thread.sleep(500); // report-service has not read the plan event yet
        }
        require(answer, 201, unit + " submits");
        JsonNode receipt = json.readTree(answer.body());
        reportIds.put(unit, receipt.get("id").asText());
        return "%s submits: receipt no. %s, %s".formatted(unit, receipt.path("receiptNumber").asText(),
                receipt.path("onTime").asBoolean() ? "on time" : "late by " + receipt.path("lateSeconds").asText() + " s");
    }

    private String revise(String unit, int factor, String results) throws IOException, InterruptedException {
        String id = reportIds.get(unit);
        HttpResponse<String> current = send(Tokens.accountOf(unit), "GET", "/api/reports/" + id, null, null);
        ObjectNode body = json.createObjectNode();
        body.set("values", values(factor));
        body.putObject("narrative").put("RESULTS", results);
        HttpResponse<String> revised = send(Tokens.accountOf(unit), "PUT", "/api/reports/" + id, body,
                current.headers().firstValue("ETag").orElse("*"));
        require(revised, 200, unit + " revises");
        return "%s revises its report (revision %s, %s)".formatted(unit,
                json.readTree(revised.body()).path("revision").asText(), json.readTree(revised.body()).path("status").asText());
    }

    private String returnReport(String unit, String reason) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("reason", reason);
        require(send(STAFF, "POST", "/api/reports/" + reportIds.get(unit) + "/return", body, null), 200, "return");
        return "Province staff return the report of %s: %s".formatted(unit, reason);
    }

    private String accept(String unit) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        require(send(STAFF, "POST", "/api/reports/" + reportIds.get(unit) + "/accept", body, null), 200, "accept");
        return "Province staff accept the report of " + unit;
    }

    private ObjectNode values(int factor) {
        return json.createObjectNode()
                .put("PROPAGANDA_SESSIONS", 2 * factor).put("PROPAGANDA_ATTENDEES", 120 * factor)
                .put("MEMBERS_PARTICIPATING", 25 * factor).put("HOUSES_BUILT", factor % 3)
                .put("HOUSES_REPAIRED", factor % 4 + 1).put("ROADS_KM", 0.5 * factor).put("CANALS_KM", 0.3 * factor)
                .put("MEDICAL_CHECKUPS", 80 * factor).put("GIFTS", 30 * factor)
                .put("GIFTS_VALUE_VND", 15_000_000L * factor).put("FUNDS_MOBILIZED_VND", 40_000_000L * factor);
    }

    private void waitForOverdue(String planId, int expected) throws IOException, InterruptedException {
        for (int i = 0; i < 60; i++) {
            JsonNode summary = summary(planId);
            if (summary != null && summary.path("overdue").asInt() > 0
                    && summary.path("submitted").asInt() + summary.path("overdue").asInt() >= expected) {
                return;
            }
            Thread.sleep(2000);
        }
    }

    private void printSummary(String planId) throws IOException, InterruptedException {
        JsonNode s = summary(planId);
        if (s == null) {
            out.println("  (analytics has not seen the plan yet)");
            return;
        }
        out.printf("  %s  submitted %d/%d  on time %d  late %d  missing %d  overdue %d  returned %d  accepted %d"
                        + "  completeness %.2f%%  timeliness %.2f%%%n",
                CLOCK.format(Instant.now()), s.path("submitted").asInt(), s.path("expected").asInt(),
                s.path("onTime").asInt(), s.path("late").asInt(), s.path("missing").asInt(), s.path("overdue").asInt(),
                s.path("returned").asInt(), s.path("accepted").asInt(), s.path("completenessRate").asDouble(),
                s.path("timelinessRate").asDouble());
    }

    private JsonNode summary(String planId) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(STAFF, "GET", "/api/analytics/plans/" + planId + "/phases/1", null, null);
        return answer.statusCode() == 200 ? json.readTree(answer.body()).get("summary") : null;
    }

    private HttpResponse<String> send(String account, String method, String path, JsonNode body, String ifMatch,
                                      String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30)).header("X-Request-Id", "demo-" + UUID.randomUUID())
                .header("Authorization", "Bearer " + tokens.of(account))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void require(HttpResponse<String> answer, int status, String what) {
        if (answer == null || answer.statusCode() != status) {
            throw new ClientException("Could not " + what + ": "
                    + (answer == null ? "no answer" : answer.statusCode() + " " + answer.body()));
        }
    }

    private record Step(Instant at, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        String run() throws IOException, InterruptedException;
    }
}
