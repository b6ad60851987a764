package vn.ldld.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ldld.messaging.testing.TestMongo;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FloorReportsTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("floor-tests"));
    }

    @Test
    void aReportIsStoredOnceAndItsRetryGetsTheSameAnswer() throws Exception {
        String body = """
                {"planId":"p-1","phaseNumber":1,"unitCode":"CDCS-B00001","values":{"PROPAGANDA_SESSIONS":3},
                 "narrative":{"RESULTS":"Đã tổ chức tuyên truyền"}}""";

        HttpResponse<String> first = submit(body, "key-1");
        HttpResponse<String> again = submit(body, "key-1");
        submit(body.replace("B00001", "B00002"), "key-2");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"id\":\"key-1\"", "\"unitCode\":\"CDCS-B00001\"");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        HttpResponse<String> count = this.http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + this.port + "/api/reports?planId=p-1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count.body()).isEqualTo("{\"total\":2}");
    }

    private HttpResponse<String> submit(String body, String key) throws Exception {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/reports"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
