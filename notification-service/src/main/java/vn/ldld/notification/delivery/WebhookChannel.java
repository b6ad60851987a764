package vn.ldld.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.webhook.RefusedAddressException;
import vn.ldld.webhook.WebhookTargets;

/**
 * Posts one CloudEvent (structured JSON) to a unit's webhook, signed with its secret. The client connects only to the
 * addresses {@link WebhookTargets} checked for the host ({@link CheckedDnsResolver}), follows no redirect, uses no
 * proxy or cookie, and never reads the receiver's answer beyond its status.
 */
@Component
class WebhookChannel implements DisposableBean {

    private static final ContentType CLOUD_EVENT = ContentType.create("application/cloudevents+json",
            StandardCharsets.UTF_8);

    private final CloseableHttpClient http;
    private final WebhookTargets targets;
    private final ObjectMapper json;
    private final String source;

    WebhookChannel(DeliveryProperties properties, WebhookTargets targets, ObjectMapper json,
                   ObjectProvider<SslBundles> sslBundles, @Value("${spring.application.name}") String application) {
        this.targets = targets;
        this.json = json;
        this.source = "/" + application;
        Timeout timeout = Timeout.of(properties.webhookTimeout());
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckedDnsResolver(targets))
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                        .setSocketTimeout(timeout).build());
        if (properties.webhookSslBundle() != null && !properties.webhookSslBundle().isBlank()) {
            connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(
                    sslBundles.getObject().getBundle(properties.webhookSslBundle()).createSslContext()));
        }
        // no useSystemProperties(): no proxy, which would resolve and connect where nothing was checked
        this.http = HttpClients.custom().setConnectionManager(connections.build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .build();
    }

    /**
     * @throws DeliveryException when the URL or its address is refused, or the call fails or is answered other than
     *                           2xx (the detail, for the log, says which)
     */
    void send(Delivery delivery, String secret, Instant now) throws DeliveryException {
        Optional<String> refusal = targets.refusalWithoutLookup(delivery.target());
        if (refusal.isPresent()) {
            throw new DeliveryException(DeliveryFailure.WEBHOOK_ADDRESS_REFUSED,
                    "webhook URL refused: " + refusal.get(), null);
        }
        String body = json.writeValueAsString(event(delivery));
        long timestamp = now.getEpochSecond();
        HttpPost post = new HttpPost(URI.create(delivery.target()));
        post.setHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        post.setHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body));
        post.setHeader(WebhookSignature.DELIVERY_HEADER, delivery.deliveryId());
        post.setEntity(new StringEntity(body, CLOUD_EVENT));
        // closed unread: the answer's body is never taken in
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            if (response.getCode() / 100 != 2) {
                throw new DeliveryException(DeliveryFailure.WEBHOOK_NOT_ACCEPTED,
                        "webhook answered " + response.getCode(), null);
            }
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedAddressException refused) {
                    throw new DeliveryException(DeliveryFailure.WEBHOOK_ADDRESS_REFUSED, refused.getMessage(), e);
                }
            }
            throw new DeliveryException(DeliveryFailure.WEBHOOK_NOT_ACCEPTED, "webhook call failed: " + e, e);
        }
    }

    private ObjectNode event(Delivery delivery) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", delivery.notificationId());
        event.put("source", source);
        event.put("type", delivery.eventType());
        event.put("subject", delivery.unitCode());
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(delivery.createdAt()));
        event.put("datacontenttype", "application/json");
        event.set("data", json.readTree(delivery.eventData()));
        return event;
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
