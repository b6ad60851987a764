package vn.ldld.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs every query of the Grafana dashboard ({@code deploy/grafana/campaign-reporting.json}: each panel's targets
 * and each template variable's query, {@code $plan} as "all") against a Prometheus server, and tells which return
 * no series or no number: a panel that would be empty or wrong. {@code ./platform check-dashboard} after
 * {@code ./platform up --with-prometheus} and some traffic; the end-to-end tests run it after a short rush.
 */
public final class DashboardCheck {

    /** One query of the dashboard and what Prometheus answered. */
    public record Outcome(String panel, String query, int series, int numbers, String error) {

        /** @return whether the query returned at least one series with a finite number */
        public boolean hasData() {
            return this.error == null && this.numbers > 0;
        }

        @Override
        public String toString() {
            return (hasData() ? "ok    " : "EMPTY ") + this.panel + ": " + this.query + " → "
                    + (this.error != null ? this.error : this.series + " series, " + this.numbers + " numbers");
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String prometheus;

    /** @param prometheusUrl e.g. {@code http://127.0.0.1:9090} */
    public DashboardCheck(String prometheusUrl) {
        this.prometheus = prometheusUrl;
    }

    /** @return every query of the dashboard file, with the panel (or variable) it belongs to */
    public List<String[]> queries(Path dashboard) {
        try {
            JsonNode root = this.json.readTree(Files.readString(dashboard, StandardCharsets.UTF_8));
            List<String[]> queries = new ArrayList<>();
            for (JsonNode variable : root.path("templating").path("list")) {
                String definition = variable.path("definition").asText();
                java.util.regex.Matcher labelValues = java.util.regex.Pattern.compile("label_values\\((.+),\\s*\\w+\\)")
                    .matcher(definition);
                if (labelValues.matches()) {
                    queries.add(new String[] {"variable " + variable.path("name").asText(), labelValues.group(1)});
                }
            }
            for (JsonNode panel : root.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new String[] {panel.path("title").asText(), target.path("expr").asText()});
                }
            }
            return queries;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** @return the outcome of every query of {@code dashboard}, {@code $plan} and other variables meaning "all" */
    public List<Outcome> run(Path dashboard) {
        return queries(dashboard).stream().map((query) -> run(query[0], query[1])).toList();
    }

    private Outcome run(String panel, String query) {
        String expression = query.replaceAll("\\$\\w+", ".*");
        try {
            HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.prometheus
                    + "/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = this.json.readTree(answer.body());
            if (!"success".equals(body.path("status").asText())) {
                return new Outcome(panel, query, 0, 0, body.path("error").asText("HTTP " + answer.statusCode()));
            }
            int series = 0;
            int numbers = 0;
            for (JsonNode result : body.path("data").path("result")) {
                series++;
                double value = Double.parseDouble(result.path("value").path(1).asText("NaN"));
                if (Double.isFinite(value)) {
                    numbers++;
                }
            }
            return new Outcome(panel, query, series, numbers, null);
        }
        catch (IOException ex) {
            return new Outcome(panel, query, 0, 0, ex.toString());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Outcome(panel, query, 0, 0, "interrupted");
        }
    }

}
