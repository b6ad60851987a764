package vn.ldld.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.analytics.Events.DEADLINE_V1;
import static vn.ldld.analytics.Events.PLAN_ID;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.messaging.cloudevents.InboundEvent;

/** Review by the level above: per district, how many of its units submitted, how many it accepted and returned. */
class ParentReviewAnalysisTests {

    private static final Instant AT = Instant.parse("2023-07-20T03:00:00Z");
    private static final ObjectNode CS1 = Events.unit("CDCS-TB-01", "Công đoàn cơ sở Công ty May Trảng Bàng",
            "GRASSROOTS_UNION", "LDLD-TB");
    private static final ObjectNode CS2 = Events.unit("CDCS-TB-02", "Công đoàn cơ sở Trường THPT Trảng Bàng",
            "GRASSROOTS_UNION", "LDLD-TB");
    private static final ObjectNode CS3 = Events.unit("CDCS-GD-01", "Công đoàn cơ sở Công ty Giày Gò Dầu",
            "GRASSROOTS_UNION", "LDLD-GD");

    private static InboundEvent published(String reviewBy) {
        ObjectNode event = Events.example("plan-published");
        ObjectNode plan = (ObjectNode) event.get("plan");
        plan.put("reviewBy", reviewBy);
        ArrayNode recipients = (ArrayNode) plan.get("recipients");
        for (ObjectNode unit : List.of(CS1, CS2, CS3)) {
            recipients.addObject().put("role", "MUST_REPORT").set("unit", unit);
        }
        return Events.event("plan-published", event, Instant.parse("2023-07-12T02:30:00Z"));
    }

    private static InboundEvent byParent(InboundEvent decision, String parent) {
        ObjectNode payload = (ObjectNode) Events.JSON.readTree(decision.payload());
        payload.put("reviewLevel", "PARENT").put("reviewerUnitCode", parent).put("parentUnitCode", parent);
        String name = decision.metadata().type().contains("accepted") ? "report-accepted" : "report-returned";
        return Events.event(name, payload, AT.plusSeconds(600));
    }

    @Test
    void eachDistrictCountsTheReportsOfItsUnitsItAcceptedAndReturned() {
        InboundEvent accepted = byParent(Events.accepted("cs1", "CDCS-TB-01", 1, AT.plusSeconds(60)), "LDLD-TB");
        ReadModels models = new ReadModels().deliver(List.of(published("PARENT"),
                Events.submitted("cs1", CS1, AT, DEADLINE_V1, Events.values("GIFTS", 3)),
                Events.submitted("cs2", CS2, AT, DEADLINE_V1, Events.values("GIFTS", 4)),
                Events.submitted("cs3", CS3, AT, DEADLINE_V1, Events.values("GIFTS", 5)),
                Events.submitted("tb", Events.district("LDLD-TB", "Liên đoàn Lao động thị xã Trảng Bàng"), AT,
                        DEADLINE_V1, Events.values("GIFTS", 6)),
                accepted, Events.again(accepted),
                byParent(Events.returned("cs2", "CDCS-TB-02", 1, AT.plusSeconds(120)), "LDLD-TB"),
                Events.revised("cs2", CS2, AT, DEADLINE_V1, 2, "RESUBMITTED", AT.plusSeconds(3600),
                        Events.values("GIFTS", 5)),
                // the province's own decision on a district's report is not the district's review
                Events.accepted("tb", "LDLD-TB", 1, AT.plusSeconds(60))));

        ParentReviewSummary summary = models.parentReviews.of(PLAN_ID, 1);

        assertThat(summary.reviewBy()).isEqualTo("PARENT");
        assertThat(summary.parents()).containsExactly(
                new ParentReviewRow("LDLD-TB", "LĐLĐ thị xã Trảng Bàng", 2, 2, 1, 1, 1),
                new ParentReviewRow("LDLD-GD", "LĐLĐ huyện Gò Dầu", 1, 1, 0, 0, 1));
    }

    @Test
    void aPlanWithoutReviewByIsReviewedByTheProvinceAndItsDistrictsDecidedNothing() {
        ObjectNode event = Events.example("plan-published");
        ((ObjectNode) event.get("plan")).remove("reviewBy");
        ReadModels models = new ReadModels().deliver(List.of(
                Events.event("plan-published", event, Instant.parse("2023-07-12T02:30:00Z")),
                Events.accepted("gd", "LDLD-GD", 1, AT)));

        ParentReviewSummary summary = models.parentReviews.of(PLAN_ID, 1);

        assertThat(summary.reviewBy()).isEqualTo("PROVINCE");
        assertThat(summary.parents()).allSatisfy(row -> assertThat(row.accepted()).isZero());
    }
}
