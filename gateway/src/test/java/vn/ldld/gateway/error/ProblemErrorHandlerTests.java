package vn.ldld.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An unexpected failure inside the gateway is still a problem+json answer with the correlation id. */
class ProblemErrorHandlerTests {

    /** Like Boot's mapper: problem properties at the top level. */
    final JsonMapper json = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    final ProblemErrorHandler handler = new ProblemErrorHandler(new ProblemResponder(json));

    @Test
    void answersProblemJson500ForAnUnexpectedError() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/plans/1")
                .header("X-Request-Id", "boom-1"));
        handler.handle(exchange, new IllegalStateException("boom")).block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode body = json.readTree(exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(body.get("status").asInt()).isEqualTo(500);
        assertThat(body.get("correlationId").asString()).isEqualTo("boom-1");
        assertThat(body.get("detail").asString()).doesNotContain("boom");
    }

    @Test
    void answers502WhenTheServiceDropsTheConnectionBeforeAnswering() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/reports"));
        handler.handle(exchange, new IllegalStateException(
                new IOException("Connection prematurely closed BEFORE response")))
                .block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(502);
        JsonNode body = json.readTree(exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(body.get("detail").asString()).contains("Idempotency-Key").doesNotContain("Premature");
    }
}
