package vn.ldld.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts packaged in this jar: one JSON Schema and one example per event type, read from
 * the class path under {@code contracts/schemas/<name>.v1.schema.json} and
 * {@code contracts/examples/<name>.v1.json}.
 *
 * <p>An event name is the schema file name without version and suffix, e.g. {@code report-submitted}
 * (version 1); a later version is named with its suffix, e.g. {@code report-submitted.v2}. The
 * versioned form {@code report-submitted.v1} is accepted too. Producers call {@link #validate} on what
 * they serialize; consumers read {@link #example} in their tests. Instances are immutable and thread-safe.
 */
public final class EventContracts {

    private static final List<String> EVENTS = List.of(
            "plan-published", "plan-amended", "plan-closed", "plan-cancelled",
            "plan-published.v2", "plan-amended.v2", "plan-recipients-listed",
            "report-submitted", "report-revised", "report-returned", "report-accepted",
            "reminder-sent", "report-overdue");

    private final JsonMapper mapper = JsonMapper.builder().build();
    // one registry per variant: both variants of a schema share its $id
    private final SchemaRegistry strictRegistry = newRegistry();
    private final SchemaRegistry publishedRegistry = newRegistry();
    private final Map<String, EventContract> contracts = new LinkedHashMap<>();

    /** Loads the contracts with the class loader of this class. */
    public EventContracts() {
        this(EventContracts.class.getClassLoader());
    }

    /**
     * Loads the contracts with the given class loader.
     *
     * @param classLoader where {@code contracts/schemas/...} and {@code contracts/examples/...} are found
     */
    public EventContracts(ClassLoader classLoader) {
        for (String name : EVENTS) {
            contracts.put(name, load(classLoader, name));
        }
    }

    /** @return the event names, e.g. {@code plan-published}, in catalogue order */
    public Set<String> eventNames() {
        return new LinkedHashSet<>(contracts.keySet());
    }

    /**
     * @param name event name, e.g. {@code report-submitted}
     * @return the published JSON Schema text (UTF-8 decoded)
     */
    public String schema(String name) {
        return contract(name).schemaText();
    }

    /**
     * @param name event name
     * @return the example event JSON text (UTF-8 decoded), valid against the schema
     */
    public String example(String name) {
        return contract(name).exampleText();
    }

    /**
     * @param name event name
     * @return the CloudEvents type, e.g. {@code vn.ldld.report.submitted.v1} (schema keyword {@code x-ce-type})
     */
    public String ceType(String name) {
        return contract(name).keyword("x-ce-type");
    }

    /**
     * @param name event name
     * @return the Kafka topic, e.g. {@code report-events} (schema keyword {@code x-topic})
     */
    public String topic(String name) {
        return contract(name).keyword("x-topic");
    }

    /**
     * @param name event name
     * @return the dotted path of the payload field whose value is the Kafka record key, e.g.
     *         {@code reportId} or {@code unit.code} (schema keyword {@code x-key})
     */
    public String key(String name) {
        return contract(name).keyword("x-key");
    }

    /**
     * @param ceType a CloudEvents type as found in the {@code ce_type} header
     * @return the event name for that type
     * @throws IllegalArgumentException when no contract has that type
     */
    public String eventNameFor(String ceType) {
        return contracts.keySet().stream()
                .filter(name -> ceType(name).equals(ceType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event contract with ce_type '" + ceType + "'"));
    }

    /**
     * Validates an event strictly, as a producer test should: besides the published schema, no object may
     * carry a field the schema does not declare, and {@code format}s (uuid, date, date-time) are asserted.
     *
     * @param name event name
     * @param json the event JSON (the Kafka record value)
     * @throws ContractViolation listing every error with its JSON path
     */
    public void validate(String name, String json) {
        check(name, json, contract(name).strict());
    }

    /**
     * Validates an event against the published schema as is: undeclared fields are allowed, as a consumer
     * must tolerate them; {@code format}s are asserted.
     *
     * @param name event name
     * @param json the event JSON (the Kafka record value)
     * @throws ContractViolation listing every error with its JSON path
     */
    public void validateTolerant(String name, String json) {
        check(name, json, contract(name).published());
    }

    private void check(String name, String json, Schema schema) {
        List<Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON, EventContracts::assertFormats);
        } catch (RuntimeException notJson) {
            throw new ContractViolation(name, List.of("$: not valid JSON: " + notJson.getMessage().lines().findFirst().orElse("")));
        }
        if (!errors.isEmpty()) {
            throw new ContractViolation(name, errors.stream().map(EventContracts::describe).toList());
        }
    }

    /** Draft 2020-12 that knows our x- keywords as annotations, reporting JSON paths such as {@code $.unit.code}. */
    private static SchemaRegistry newRegistry() {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keywords(Stream.of("x-ce-type", "x-topic", "x-key").map(AnnotationKeyword::new).toList())
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build();
        return SchemaRegistry.withDefaultDialect(dialect, registry -> registry.schemaRegistryConfig(config));
    }

    private static void assertFormats(ExecutionContext context) {
        context.executionConfig(config -> config.formatAssertionsEnabled(true));
    }

    /** Errors about a property (missing, undeclared) are reported at the path of that property. */
    private static String describe(Error error) {
        String path = error.getInstanceLocation().toString();
        String property = error.getProperty();
        if (property != null && Set.of("required", "additionalProperties").contains(error.getKeyword())) {
            path += property.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + property : "['" + property + "']";
        }
        return path + ": " + error.getMessage();
    }

    private EventContract contract(String name) {
        EventContract contract = contracts.get(name.endsWith(".v1") ? name.substring(0, name.length() - 3) : name);
        if (contract == null) {
            throw new IllegalArgumentException("Unknown event '" + name + "'; known: " + contracts.keySet());
        }
        return contract;
    }

    private EventContract load(ClassLoader classLoader, String name) {
        String fileBase = name.matches(".+\\.v\\d+") ? name : name + ".v1";
        String schemaText = read(classLoader, "contracts/schemas/" + fileBase + ".schema.json");
        JsonNode schema = mapper.readTree(schemaText);
        SchemaLocation location = SchemaLocation.of(schema.path("$id").asString());
        return new EventContract(schemaText, schema,
                read(classLoader, "contracts/examples/" + fileBase + ".json"),
                strictRegistry.getSchema(location, StrictSchema.of(schema)),
                publishedRegistry.getSchema(location, schema));
    }

    private static String read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract resource on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
