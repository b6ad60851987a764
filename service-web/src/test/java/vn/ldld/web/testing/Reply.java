package vn.ldld.web.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP reply as the services' API tests read it: status, headers, body, the body as JSON. */
public record Reply(HttpResponse<String> response) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public int status() {
        return response.statusCode();
    }

    /** @return the first value of a header, {@code null} when there is none */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** @return the {@code Content-Type} header, {@code null} when there is none */
    public String contentType() {
        return header("Content-Type");
    }

    public String body() {
        return response.body();
    }

    public JsonNode json() {
        return JSON.readTree(response.body());
    }

    /** The field names in the problem's {@code errors}. */
    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Override
    public String toString() {
        return status() + " " + response.body();
    }
}
