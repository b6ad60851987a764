package vn.ldld.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.search.Search;

import tools.jackson.databind.JsonNode;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.testing.TestMongo;
import vn.ldld.notification.delivery.DeliveryWorker;
import vn.ldld.notification.schedule.Dispatcher;
import vn.ldld.notification.schedule.Notification;
import vn.ldld.web.testing.Reply;
import vn.ldld.web.testing.TestClock;
import vn.ldld.webhook.testing.TestHostResolver;
import vn.ldld.web.testing.TestTokens;

/**
 * The real service on a random port, against an in-memory MongoDB-wire server, an embedded Kafka broker and a
 * GreenMail SMTP server, with a controlled clock and no poll loop: the tests run the scheduler themselves. All
 * test classes extend it so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=",
        "notification.scheduler.enabled=false",
        "notification.preferences.default-email-domain=ldld.test",
        "messaging.outbox.poll-interval=50ms",
        "messaging.retry.max-attempts=1",
        "logging.level.kafka=warn",
        "logging.level.org.apache.kafka=warn",
        "logging.level.state.change.logger=warn",
        "logging.level.org.mongodb.driver=warn",
        // the tests' receivers listen on 127.0.0.2, standing for a unit's public server; every other internal
        // address stays refused
        "platform.webhooks.internal-networks=" + WebhookReceiver.ADDRESS + "/32",
        "platform.webhooks.plain-http-hosts=" + WebhookReceiver.ADDRESS + ",*.test",
        "notification.secrets.keys=" + NotificationTestSupport.CURRENT_KEY + "," + NotificationTestSupport.OLD_KEY,
        // webhook receivers' certificates checked against the tests' own authority
        "notification.delivery.webhook-ssl-bundle=webhooks",
        "spring.ssl.bundle.jks.webhooks.truststore.type=PKCS12",
        "spring.ssl.bundle.jks.webhooks.truststore.password=" + TestTls.PASSWORD})
@EmbeddedKafka(topics = {"plan-events", "plan-events-dlt", "report-events", "report-events-dlt",
        "notification-events"}, partitions = 2)
@Import({TestClockConfiguration.class, TestHostResolver.Configuration.class, StoreCommands.Configuration.class})
public abstract class NotificationTestSupport {

    /** The key that encrypts the secrets at rest in the tests. */
    protected static final String CURRENT_KEY = "k2:lMNa7FjJLK285ByNWMxTsW6kn+C0bHgWUrJXlev71PI=";
    /** An older key of the ring: it still decrypts. */
    protected static final String OLD_KEY = "k1:BTKPh1Dd5FKHrUwzukAjesT/L+/g59SC6wU7i/kgIN8=";

    protected static final GreenMail MAIL = startMail();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri("notification-tests"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        TestTokens.register(registry);
        registry.add("spring.ssl.bundle.jks.webhooks.truststore.location", () -> "file:" + TestTls.trustStore());
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected Dispatcher dispatcher;

    @Autowired
    protected DeliveryWorker deliveryWorker;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected TestHostResolver dns;

    private static KafkaProducer<String, String> producer;

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    /** Publishes an event as its producer would: CloudEvents headers, key, JSON value; returns its ce_id. */
    protected String publish(String topic, String type, String key, JsonNode payload) {
        return publish(topic, type, key, payload, UUID.randomUUID().toString());
    }

    protected synchronized String publish(String topic, String type, String key, JsonNode payload, String eventId) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key,
                TestPlans.JSON.writeValueAsString(payload));
        new EventMetadata(eventId, type, "/test", key, clock.instant(), null).writeTo(record.headers());
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** One scheduler pass and one delivery pass at the clock's current time. */
    protected void runScheduler() {
        dispatcher.dispatchDue();
        deliveryWorker.sendDue();
    }

    /** Moves the clock to {@code instant} and runs the scheduler there. */
    protected void runAt(Instant instant) {
        clock.set(instant);
        runScheduler();
    }

    protected List<Notification> notificationsOf(String planId) {
        return mongo.find(Query.query(Criteria.where("plan.planId").is(planId)), Notification.class);
    }

    /**
     * Sends {@code method path} with a JSON body (or none) and the given headers (name, value, name, value...); as
     * province staff ({@code Authorization: Bearer} a staff token) unless the headers carry an Authorization.
     */
    protected Reply call(String method, String path, String body, String... headers) {
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            ownAuthorization |= "Authorization".equalsIgnoreCase(headers[i]);
        }
        return send(method, path, body, ownAuthorization ? null : "Bearer " + TestTokens.staff(), headers);
    }

    /** Sends {@code method path} with {@code Authorization: Bearer token}, or with no Authorization when null. */
    protected Reply callAs(String token, String method, String path, String body) {
        return send(method, path, body, token == null ? null : "Bearer " + token);
    }

    private Reply send(String method, String path, String body, String authorization, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Reply get(String path) {
        return call("GET", path, null);
    }


    /** What the counters {@code found} count together (0 when there is none). */
    protected static double total(Search found) {
        double total = 0;
        for (Counter counter : found.counters()) {
            total += counter.count();
        }
        return total;
    }
}
