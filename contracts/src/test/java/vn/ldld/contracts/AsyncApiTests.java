package vn.ldld.contracts;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiTests {

    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
    private static final List<String> CLOUD_EVENTS_HEADERS = List.of("ce_specversion", "ce_id", "ce_source", "ce_type",
            "ce_time", "ce_subject", "ce_correlationid", "content-type");

    private final Map<String, Object> document = new Yaml().load(ModuleFiles.read("asyncapi.yaml"));
    private final EventContracts contracts = new EventContracts();

    @Test
    void isAnAsyncApi3DocumentWithALocalKafkaServer() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(document, "info").get("version")).isEqualTo("1.0.0");
        assertThat(map(map(document, "servers"), "local")).containsEntry("host", "localhost:9092").containsEntry("protocol", "kafka");
    }

    @Test
    void theLocalServerTellsClientsToSignInWithScram() {
        assertThat(map(map(document, "servers"), "local").get("security"))
                .isEqualTo(List.of(Map.of("$ref", "#/components/securitySchemes/scram")));
        assertThat(map(map(map(document, "components"), "securitySchemes"), "scram")).containsEntry("type", "scramSha512");
    }

    @Test
    void everyMessagePayloadRefersToAnExistingSchemaFile() {
        Map<String, Object> messages = map(map(document, "components"), "messages");
        messages.forEach((id, message) -> {
            Map<String, Object> payload = map(asMap(message), "payload");
            if (payload.containsKey("schema")) {
                assertThat(payload.get("schemaFormat")).as(id).isEqualTo(SCHEMA_FORMAT);
                String ref = (String) map(payload, "schema").get("$ref");
                assertThat(ModuleFiles.resolve(ref)).as(id).isRegularFile();
            }
        });
    }

    @Test
    void everyEventHasAMessageOnItsTopicWithItsCeTypeAndKey() {
        for (String name : contracts.eventNames()) {
            Map<String, Object> message = messageWithSchema(ModuleFiles.fileBase(name) + ".schema.json");
            Map<String, Object> headers = map(map(message, "headers"), "properties");
            assertThat(headers).as(name).containsOnlyKeys(CLOUD_EVENTS_HEADERS);
            assertThat(map(headers, "ce_type").get("const")).as(name).isEqualTo(contracts.ceType(name));
            assertThat(map(map(map(message, "bindings"), "kafka"), "key")).as(name).containsEntry("type", "string");
            assertThat(addressOfChannelCarrying(message.get("name"))).as(name).isEqualTo(contracts.topic(name));
        }
    }

    @Test
    void everyChannelHasAReceiveOperationAndADeadLetterChannel() {
        Map<String, Object> channels = map(document, "channels");
        Map<String, Object> operations = map(document, "operations");
        for (String topic : List.of("plan-events", "report-events", "notification-events")) {
            String channelId = channels.entrySet().stream()
                    .filter(channel -> topic.equals(asMap(channel.getValue()).get("address")))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            assertThat(operations.values()).as(topic).anySatisfy(operation -> {
                assertThat(asMap(operation)).containsEntry("action", "receive");
                assertThat(map(asMap(operation), "channel")).containsEntry("$ref", "#/channels/" + channelId);
            });
            assertThat(channels.values()).as(topic + "-dlt").anySatisfy(channel ->
                    assertThat(asMap(channel)).containsEntry("address", topic + "-dlt"));
        }
        assertThat(map(map(map(map(document, "components"), "messages"), "deadLetter"), "headers").toString())
                .contains("kafka_dlt-exception-fqcn", "kafka_dlt-exception-message", "kafka_dlt-original-topic",
                        "kafka_dlt-original-partition", "kafka_dlt-original-offset");
    }

    @Test
    void everyInternalReferenceResolves() {
        String text = ModuleFiles.read("asyncapi.yaml");
        text.lines().map(String::trim).filter(line -> line.startsWith("$ref: '#/")).forEach(line -> {
            String pointer = line.substring("$ref: '#/".length(), line.length() - 1);
            Object node = document;
            for (String token : pointer.split("/")) {
                node = asMap(node).get(token);
            }
            assertThat(node).as(pointer).isNotNull();
        });
        assertThat(Files.isRegularFile(ModuleFiles.resolve("asyncapi.yaml"))).isTrue();
    }

    private Map<String, Object> messageWithSchema(String schemaFile) {
        return map(map(document, "components"), "messages").values().stream()
                .map(AsyncApiTests::asMap)
                .filter(message -> ("./schemas/" + schemaFile).equals(map(map(message, "payload"), "schema").get("$ref")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message with payload ./schemas/" + schemaFile));
    }

    private Object addressOfChannelCarrying(Object messageName) {
        String messageRef = "#/components/messages/" + messageIdOf(messageName);
        return map(document, "channels").values().stream()
                .map(AsyncApiTests::asMap)
                .filter(channel -> map(channel, "messages").values().stream()
                        .anyMatch(ref -> messageRef.equals(asMap(ref).get("$ref"))))
                .map(channel -> channel.get("address"))
                .findFirst().orElse(null);
    }

    private String messageIdOf(Object messageName) {
        return map(map(document, "components"), "messages").entrySet().stream()
                .filter(entry -> messageName.equals(asMap(entry.getValue()).get("name")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
