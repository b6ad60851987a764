package vn.ldld.contracts;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTests {

    private static final EventContracts contracts = new EventContracts();

    /** The catalogue as agreed: ce_type, topic and key field per event. */
    private static final Map<String, String[]> CATALOGUE = Map.ofEntries(
            Map.entry("plan-published", new String[] {"vn.ldld.plan.published.v1", "plan-events", "planId"}),
            Map.entry("plan-published.v2", new String[] {"vn.ldld.plan.published.v2", "plan-events", "planId"}),
            Map.entry("plan-amended.v2", new String[] {"vn.ldld.plan.amended.v2", "plan-events", "planId"}),
            Map.entry("plan-recipients-listed",
                    new String[] {"vn.ldld.plan.recipients-listed.v1", "plan-events", "planId"}),
            Map.entry("plan-amended", new String[] {"vn.ldld.plan.amended.v1", "plan-events", "planId"}),
            Map.entry("plan-closed", new String[] {"vn.ldld.plan.closed.v1", "plan-events", "planId"}),
            Map.entry("plan-cancelled", new String[] {"vn.ldld.plan.cancelled.v1", "plan-events", "planId"}),
            Map.entry("report-submitted", new String[] {"vn.ldld.report.submitted.v1", "report-events", "reportId"}),
            Map.entry("report-revised", new String[] {"vn.ldld.report.revised.v1", "report-events", "reportId"}),
            Map.entry("report-returned", new String[] {"vn.ldld.report.returned.v1", "report-events", "reportId"}),
            Map.entry("report-accepted", new String[] {"vn.ldld.report.accepted.v1", "report-events", "reportId"}),
            Map.entry("reminder-sent", new String[] {"vn.ldld.notification.reminder-sent.v1", "notification-events", "unitCode"}),
            Map.entry("report-overdue", new String[] {"vn.ldld.notification.report-overdue.v1", "notification-events", "unit.code"}));

    static Iterable<String> eventNames() {
        return contracts.eventNames();
    }

    @Test
    void knowsEveryEventOfTheCatalogueAndEverySchemaFile() {
        assertThat(contracts.eventNames()).containsExactlyInAnyOrderElementsOf(CATALOGUE.keySet());
        assertThat(contracts.eventNames()).containsExactlyInAnyOrderElementsOf(ModuleFiles.schemaEventNames().toList());
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void exampleMatchesItsSchemaStrictly(String name) {
        assertThatCode(() -> contracts.validate(name, contracts.example(name))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void schemaCarriesCeTypeTopicAndKey(String name) {
        String[] expected = CATALOGUE.get(name);
        assertThat(contracts.ceType(name)).isEqualTo(expected[0]);
        assertThat(contracts.topic(name)).isEqualTo(expected[1]);
        assertThat(contracts.key(name)).isEqualTo(expected[2]);
        assertThat(contracts.eventNameFor(expected[0])).isEqualTo(name);
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void classPathCopiesAreTheSourceFiles(String name) {
        assertThat(contracts.schema(name)).isEqualTo(ModuleFiles.read("schemas/" + ModuleFiles.fileBase(name) + ".schema.json"));
        assertThat(contracts.example(name)).isEqualTo(ModuleFiles.read("examples/" + ModuleFiles.fileBase(name) + ".json"));
    }

    @ParameterizedTest
    @MethodSource("eventNames")
    void vietnameseTextRoundTripsInUtf8(String name) {
        String example = contracts.example(name);
        assertThat(example).doesNotContain("\uFFFD");
        assertThat(new String(example.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(example);
        assertThat(Normalizer.isNormalized(example, Normalizer.Form.NFC)).as("precomposed (NFC) diacritics").isTrue();
    }

    @Test
    void planExampleTranscribesTheSourceDocumentWithDiacritics() {
        String plan = contracts.example("plan-published");
        assertThat(plan)
                .contains("Liên đoàn Lao động tỉnh Tây Ninh")
                .contains("phối hợp tham gia làm công tác dân vận đợt I/2023")
                .contains("Kế hoạch số 22-KH/BCĐ")
                .contains("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác vận động quần chúng")
                .contains("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH")
                .contains("\"reportDeadline\": \"2023-07-25T17:00:00Z\"")
                .contains("Ban Dân vận Tỉnh ủy Tây Ninh");
        assertThat(contracts.example("report-submitted")).contains("Liên đoàn Lao động huyện Gò Dầu", "“Mái ấm Công đoàn”");
    }

    @Test
    void acceptsTheVersionedName() {
        assertThat(contracts.ceType("report-submitted.v1")).isEqualTo("vn.ldld.report.submitted.v1");
    }

    @Test
    void rejectsAnUnknownEventName() {
        assertThatThrownBy(() -> contracts.example("report-deleted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report-deleted");
        assertThatThrownBy(() -> contracts.eventNameFor("vn.ldld.report.deleted.v1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
