package vn.ldld.contracts;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictValidationTests {

    private static final EventContracts contracts = new EventContracts();
    private static final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void rejectsAnUndeclaredTopLevelField() {
        String json = submitted(event -> event.put("comment", "thêm"));

        assertThatThrownBy(() -> contracts.validate("report-submitted", json))
                .isInstanceOf(ContractViolation.class)
                .hasMessageContaining("$.comment");
    }

    @Test
    void rejectsAnUndeclaredFieldDeepInsideAReferencedDefinition() {
        String json = edit("plan-published", event -> ((ObjectNode) event.path("plan").path("phases").get(0)).put("extra", true));

        assertThatThrownBy(() -> contracts.validate("plan-published", json))
                .hasMessageContaining("$.plan.phases[0].extra");
    }

    @Test
    void tolerantValidationAcceptsUndeclaredFieldsAsConsumersMust() {
        String json = submitted(event -> ((ObjectNode) event.path("unit")).put("email", "ldld@godau.vn"));

        assertThatCode(() -> contracts.validateTolerant("report-submitted", json)).doesNotThrowAnyException();
        assertThatThrownBy(() -> contracts.validate("report-submitted", json)).hasMessageContaining("$.unit.email");
    }

    @Test
    void acceptsAnyIndicatorCodeInValuesBecauseTheMapIsDeclaredOpen() {
        String json = submitted(event -> ((ObjectNode) event.path("values")).put("TREES_PLANTED", 40));

        assertThatCode(() -> contracts.validate("report-submitted", json)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAMissingRequiredField() {
        String json = submitted(event -> event.remove("receiptNumber"));

        ContractViolation violation = catchThrowableOfType(ContractViolation.class, () -> contracts.validate("report-submitted", json));

        assertThat(violation.eventName()).isEqualTo("report-submitted");
        assertThat(violation.errors()).singleElement().asString().startsWith("$.receiptNumber").contains("required");
    }

    @Test
    void rejectsAWrongType() {
        String json = submitted(event -> event.put("lateSeconds", "0"));

        assertThatThrownBy(() -> contracts.validate("report-submitted", json)).hasMessageContaining("$.lateSeconds");
    }

    @Test
    void rejectsAWrongEnumValue() {
        String json = submitted(event -> ((ObjectNode) event.path("unit")).put("kind", "DISTRICT"));

        assertThatThrownBy(() -> contracts.validate("report-submitted", json)).hasMessageContaining("$.unit.kind");
    }

    @Test
    void rejectsAnInstantWithoutOffsetAndAMalformedId() {
        String json = submitted(event -> event.put("receivedAt", "2023-07-24T15:15:30").put("reportId", "42"));

        ContractViolation violation = catchThrowableOfType(ContractViolation.class, () -> contracts.validate("report-submitted", json));

        assertThat(violation.errors()).hasSize(2);
        assertThat(violation.getMessage()).contains("$.receivedAt", "$.reportId");
    }

    @Test
    void rejectsAUnitCodeOutsideThePattern() {
        String json = edit("reminder-sent", event -> event.put("unitCode", "ldld gd"));

        assertThatThrownBy(() -> contracts.validate("reminder-sent", json)).hasMessageContaining("$.unitCode");
    }

    @Test
    void listsEveryErrorNotOnlyTheFirst() {
        String json = submitted(event -> event.put("revision", 0).put("status", "ACCEPTED").remove("narrative"));

        ContractViolation violation = catchThrowableOfType(ContractViolation.class, () -> contracts.validate("report-submitted", json));

        assertThat(violation.errors()).hasSize(3);
        assertThat(violation.getMessage()).contains("$.revision", "$.status", "$.narrative");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> contracts.validate("report-submitted", "{\"reportId\": "))
                .isInstanceOf(ContractViolation.class)
                .hasMessageContaining("not valid JSON");
    }

    private static String submitted(Consumer<ObjectNode> change) {
        return edit("report-submitted", change);
    }

    private static String edit(String name, Consumer<ObjectNode> change) {
        ObjectNode event = (ObjectNode) mapper.readTree(contracts.example(name));
        change.accept(event);
        return mapper.writeValueAsString(event);
    }
}
