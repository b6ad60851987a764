package vn.ldld.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Posts one CloudEvent (structured JSON) to a unit's webhook, signed with its secret. */
@Component
class WebhookChannel {

    private final HttpClient http;
    private final DeliveryProperties properties;
    private final ObjectMapper json;
    private final String source;

    WebhookChannel(DeliveryProperties properties, ObjectMapper json,
                   @Value("${spring.application.name}") String application) {
        this.properties = properties;
        this.json = json;
        this.source = "/" + application;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).build();
    }

    /**
     * @throws IOException when the call fails or the receiver answers other than 2xx
     */
    void send(Delivery delivery, String secret, Instant now) throws IOException, InterruptedException {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", delivery.notificationId());
        event.put("source", source);
        event.put("type", delivery.eventType());
        event.put("subject", delivery.unitCode());
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(delivery.createdAt()));
        event.put("datacontenttype", "application/json");
        event.set("data", json.readTree(delivery.eventData()));
        String body = json.writeValueAsString(event);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.target()))
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .header(WebhookSignature.DELIVERY_HEADER, delivery.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook answered " + response.statusCode());
        }
    }
}
