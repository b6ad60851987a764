package vn.ldld.analytics.event;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.analytics.Events.PLAN_ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.UnitRow;
import vn.ldld.messaging.cloudevents.EventMetadata;
import vn.ldld.messaging.cloudevents.InboundEvent;

/** Plans whose recipients follow the plan event in chunks (plan-published.v2, plan-recipients-listed.v1). */
class ListedRecipientsTests {

    private static final int CHUNK = 500;

    private final ReadModels models = new ReadModels();

    @Test
    void aPlanOf20000UnitsIn40ChunksExpectsThemAllAndAnAmendmentThatDropsAUnitNoLongerExpectsIt() {
        List<String> units = units(20_000);

        long start = System.nanoTime();
        models.deliver(List.of(event("vn.ldld.plan.published.v2", v2(Events.example("plan-published"), 20_000))));
        models.deliver(chunks(1, units));
        long published = System.nanoTime() - start;
        models.deliver(List.of(Events.submitted("last", unit(units.get(19_999)), Instant.parse("2023-07-24T01:00:00Z"),
                Events.DEADLINE_V1, Events.values("PROPAGANDA_SESSIONS", 2))));

        start = System.nanoTime();
        PhaseAnalysis analysis = models.analytics.phase(PLAN_ID, 1);
        long analysed = System.nanoTime() - start;
        assertThat(analysis.summary().expected()).isEqualTo(20_000);
        assertThat(analysis.summary().submitted()).isEqualTo(1);
        assertThat(analysis.units()).hasSize(20_000).extracting(UnitRow::code).startsWith("CS-00001")
                .endsWith("CS-20000");

        List<String> kept = new ArrayList<>(units);
        kept.remove(1);
        start = System.nanoTime();
        models.deliver(List.of(event("vn.ldld.plan.amended.v2", v2(Events.example("plan-amended"), 19_999))));
        models.deliver(chunks(2, kept));
        long amended = System.nanoTime() - start;

        PhaseAnalysis after = models.analytics.phase(PLAN_ID, 1);
        assertThat(after.summary().planVersion()).isEqualTo(2);
        assertThat(after.summary().expected()).isEqualTo(19_999);
        assertThat(after.units()).hasSize(19_999).extracting(UnitRow::code).doesNotContain(units.get(1));
        LoggerFactory.getLogger(getClass()).info("20,000 listed recipients consumed: published in {} ms, "
                + "analysed in {} ms, amended in {} ms", published / 1_000_000, analysed / 1_000_000,
                amended / 1_000_000);
    }

    @Test
    void aChunkDeliveredAgainUnderAnotherIdChangesNothing() {
        models.deliver(List.of(event("vn.ldld.plan.published.v2", v2(Events.example("plan-published"), 3))));
        models.deliver(chunks(1, units(3)));
        models.deliver(chunks(1, units(3)));

        assertThat(models.analytics.phase(PLAN_ID, 1).units()).hasSize(3);
    }

    @Test
    void aPlanPublishedWithV1EventsAndAmendedWithV2ExpectsItsUnitsUntilTheLastChunkSaysWhoStays() {
        models.deliver(List.of(Events.published()));
        assertThat(models.analytics.phase(PLAN_ID, 1).units()).extracting(UnitRow::code).contains("LDLD-GD");

        models.deliver(List.of(event("vn.ldld.plan.amended.v2", v2(Events.example("plan-amended"), 1))));
        assertThat(models.analytics.phase(PLAN_ID, 1).units()).extracting(UnitRow::code).contains("LDLD-GD");

        models.deliver(chunks(2, List.of("CS-00001")));
        assertThat(models.analytics.phase(PLAN_ID, 1).units()).extracting(UnitRow::code).containsExactly("CS-00001");
    }

    @Test
    void theUnitsExpectedAreKnownFromTheSummaryBeforeTheirChunksArrive() {
        models.deliver(List.of(event("vn.ldld.plan.published.v2", v2(Events.example("plan-published"), 1200))));
        models.deliver(chunks(1, units(1200)).subList(0, 1));

        PhaseAnalysis analysis = models.analytics.phase(PLAN_ID, 1);
        assertThat(analysis.summary().expected()).isEqualTo(1200);
        assertThat(analysis.summary().missing()).isEqualTo(1200);
        assertThat(analysis.units()).hasSize(500);
    }

    private static List<String> units(int count) {
        List<String> units = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            units.add("CS-%05d".formatted(i));
        }
        return units;
    }

    private static ObjectNode unit(String code) {
        return Events.unit(code, "Công đoàn cơ sở " + code, "GRASSROOTS_UNION", "LDLD-TB");
    }

    /** A v1 plan event made a v2 one: no recipients, their summary instead. */
    private static ObjectNode v2(ObjectNode event, int mustReport) {
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.remove("recipients");
        plan.putObject("recipientSummary").put("mustReport", mustReport).put("forInformation", 0)
                .put("chunks", (mustReport + CHUNK - 1) / CHUNK);
        plan.putArray("recipientRules");
        plan.putArray("excludedUnitCodes");
        plan.putArray("otherRecipients").add("Lưu: VT, Ban TG-NC");
        ((ObjectNode) plan.get("signer")).remove("fullName");
        return event;
    }

    /** The PlanRecipientsListed events of {@code version}: {@code units} as must-report grassroots unions. */
    private static List<InboundEvent> chunks(int version, List<String> units) {
        int count = (units.size() + CHUNK - 1) / CHUNK;
        List<InboundEvent> chunks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            ObjectNode chunk = Events.JSON.createObjectNode().put("planId", PLAN_ID).put("version", version)
                    .put("chunk", c + 1).put("chunks", count);
            ArrayNode listed = chunk.putArray("recipients");
            for (String code : units.subList(c * CHUNK, Math.min(units.size(), (c + 1) * CHUNK))) {
                listed.addObject().put("role", "MUST_REPORT").set("unit", unit(code));
            }
            chunks.add(event("vn.ldld.plan.recipients-listed.v1", chunk));
        }
        return chunks;
    }

    private static InboundEvent event(String type, ObjectNode payload) {
        return new InboundEvent(new EventMetadata(UUID.randomUUID().toString(), type, "/plan-service", PLAN_ID,
                Instant.now(), null), "plan-events", 0, 0, PLAN_ID, Events.JSON.writeValueAsString(payload));
    }
}
