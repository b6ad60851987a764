package vn.ldld.plan.plans.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.contracts.EventContracts;
import vn.ldld.messaging.outbox.EventFactory;
import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanChange;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.PlanNumber;
import vn.ldld.plan.plans.Recipient;
import vn.ldld.plan.plans.RecipientRole;
import vn.ldld.plan.plans.RecipientRule;
import vn.ldld.plan.plans.ResolvedRecipients;
import vn.ldld.plan.plans.Signer;
import vn.ldld.plan.plans.UnitRef;
import vn.ldld.plan.units.UnitKind;

/** The version 2 plan events and the chunks of recipients that follow them, at the largest plan allowed. */
class PlanEventsV2Tests {

    /** The size every record value stays under, whatever the plan's size. */
    private static final int MAX_RECORD_BYTES = 256 * 1024;
    private static final int UNITS = 20_000;

    private final EventContracts contracts = new EventContracts();
    private final PlanEventFactory factory = new PlanEventFactory(new EventFactory(SamplePlans.JSON,
            Clock.fixed(Instant.parse("2023-07-12T02:30:00Z"), ZoneOffset.UTC), "/plan-service"));

    @Test
    void aPlanOfTwentyThousandUnitsIsAnnouncedInFortyOneEventsEachUnder256KbInOrder() {
        Plan published = published(content());
        ResolvedRecipients recipients = grassroots(UNITS);

        List<OutboxEvent> events = factory.published(published, recipients);

        assertThat(events).hasSize(1 + UNITS / ResolvedRecipients.CHUNK);
        assertThat(events.get(0).metadata().type()).isEqualTo("vn.ldld.plan.published.v2");
        contracts.validate("plan-published.v2", events.get(0).payload());
        JsonNode plan = SamplePlans.JSON.readTree(events.get(0).payload()).get("plan");
        assertThat(plan.has("recipients")).isFalse();
        assertThat(plan.get("recipientSummary").get("mustReport").asInt()).isEqualTo(UNITS - 1);
        assertThat(plan.get("recipientSummary").get("forInformation").asInt()).isEqualTo(1);
        assertThat(plan.get("recipientSummary").get("chunks").asInt()).isEqualTo(40);
        assertThat(plan.get("recipientRules").get(0).get("under").asString()).isEqualTo("LDLD-TB");
        assertThat(plan.get("otherRecipients").get(1).asString()).isEqualTo("Lưu: VT, Ban TG-NC");
        assertListed(events, published.id(), 1, recipients);
    }

    @Test
    void anAmendmentListsTheWholeSetOfItsVersionAgain() {
        Plan published = published(content());
        PlanContent amendedContent = published.content().withSigner(new Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
                null));
        Plan amended = published.amend(amendedContent, "Đổi người ký", List.of(new PlanChange(
                vn.ldld.plan.plans.ChangeKind.TEXT_CORRECTED, null, null, "signer", null, null)),
                Instant.parse("2023-07-14T02:00:00Z"), "staff");
        ResolvedRecipients recipients = grassroots(UNITS - 1);

        List<OutboxEvent> events = factory.amended(amended, recipients);

        assertThat(events.get(0).metadata().type()).isEqualTo("vn.ldld.plan.amended.v2");
        contracts.validate("plan-amended.v2", events.get(0).payload());
        JsonNode event = SamplePlans.JSON.readTree(events.get(0).payload());
        assertThat(event.get("version").asInt()).isEqualTo(2);
        assertThat(event.get("plan").get("signer").has("fullName")).isFalse();
        assertThat(event.get("plan").get("recipientSummary").get("mustReport").asInt()).isEqualTo(UNITS - 2);
        assertListed(events, amended.id(), 2, recipients);
    }

    @Test
    void aBlankSignerNameIsLeftOutOfTheEvent() {
        Plan published = published(content().withSigner(new Signer("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "  ")));

        List<OutboxEvent> events = factory.published(published, grassroots(3));

        contracts.validate("plan-published.v2", events.get(0).payload());
        JsonNode signer = SamplePlans.JSON.readTree(events.get(0).payload()).get("plan").get("signer");
        assertThat(signer.get("position").asString()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(signer.has("fullName")).isFalse();
        assertThat(events).hasSize(2);
    }

    private void assertListed(List<OutboxEvent> events, String planId, int version, ResolvedRecipients expected) {
        int chunks = (expected.recipients().size() + ResolvedRecipients.CHUNK - 1) / ResolvedRecipients.CHUNK;
        assertThat(events).hasSize(1 + chunks);
        List<String> listed = new ArrayList<>();
        Set<String> ceIds = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            OutboxEvent event = events.get(i);
            assertThat(event.payload().getBytes(StandardCharsets.UTF_8).length).as("record value %d", i)
                    .isLessThan(MAX_RECORD_BYTES);
            assertThat(event.key()).isEqualTo(planId);
            assertThat(event.topic()).isEqualTo("plan-events");
            assertThat(ceIds.add(event.metadata().id())).isTrue();
            if (i == 0) {
                continue;
            }
            assertThat(event.metadata().type()).isEqualTo("vn.ldld.plan.recipients-listed.v1");
            contracts.validate("plan-recipients-listed", event.payload());
            JsonNode chunk = SamplePlans.JSON.readTree(event.payload());
            assertThat(chunk.get("planId").asString()).isEqualTo(planId);
            assertThat(chunk.get("version").asInt()).isEqualTo(version);
            assertThat(chunk.get("chunk").asInt()).isEqualTo(i);
            assertThat(chunk.get("chunks").asInt()).isEqualTo(chunks);
            chunk.get("recipients").forEach(r -> listed.add(r.get("unit").get("code").asString()));
        }
        assertThat(listed).containsExactlyElementsOf(expected.recipients().stream().map(r -> r.unit().code()).toList());
    }

    private static PlanContent content() {
        PlanContent c = SamplePlans.content();
        return new PlanContent(c.issuer(), c.documentType(), c.title(), c.place(), c.issuedOn(), c.timeZone(),
                c.legalBasis(), c.purpose(), c.requirements(), c.sections(), c.tasks(), c.phases(), c.template(),
                c.recipients(), c.signer(),
                List.of(new RecipientRule("LDLD-TB", List.of(UnitKind.GRASSROOTS_UNION),
                        RecipientRule.Depth.DESCENDANTS, RecipientRole.MUST_REPORT)),
                List.of("CDCS-TB-00007"), List.of("Website, TTCTCĐ LĐLĐ tỉnh", "Lưu: VT, Ban TG-NC"), null);
    }

    private static Plan published(PlanContent content) {
        Plan draft = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a", content, Instant.parse("2023-07-10T00:00:00Z"));
        return draft.publish(PlanNumber.of(15, 2023, "LĐLĐ"), Instant.parse("2023-07-12T02:30:00Z"), "staff");
    }

    /** {@code n} grassroots unions with long Vietnamese names, the first informed only. */
    private static ResolvedRecipients grassroots(int n) {
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = "CDCS-TB-%05d".formatted(i);
            recipients.add(new Recipient(new UnitRef(code,
                    "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Sản xuất Thương mại Dịch vụ số " + i
                            + " Khu công nghiệp Trảng Bàng",
                    "CĐCS Công ty TNHH MTV SX TM DV số " + i, UnitKind.GRASSROOTS_UNION, "LDLD-TB"),
                    i == 0 ? RecipientRole.FOR_INFORMATION : RecipientRole.MUST_REPORT));
        }
        return new ResolvedRecipients(recipients);
    }
}
