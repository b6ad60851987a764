package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.ldld.contracts.EventContracts;
import vn.ldld.plan.SamplePlans;
import vn.ldld.plan.plans.events.PlanCancelled;
import vn.ldld.plan.plans.events.PlanClosed;

class PlanEndEventsTests {

    private final EventContracts contracts = new EventContracts();

    private final Plan published = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a", SamplePlans.content(),
                    Instant.parse("2023-07-10T00:00:00Z"))
            .publish(PlanNumber.of(15, 2023, "LĐLĐ"), Instant.parse("2023-07-12T02:30:00Z"), "ldld-tn.tuyengiao");

    @Test
    void closingAPublishedPlanGivesTheContractsPlanClosed() {
        Plan closed = published.close("Kết thúc đợt I/2023; đã tổng hợp báo cáo gửi Bộ Chỉ huy Quân sự tỉnh.",
                Instant.parse("2023-08-04T09:00:00Z"), "ldld-tn.tuyengiao");

        String json = SamplePlans.JSON.writeValueAsString(PlanClosed.of(closed));

        contracts.validate("plan-closed", json);
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.version()).isEqualTo(published.version() + 1);
        assertThat(SamplePlans.JSON.readTree(json).get("reason").asString()).startsWith("Kết thúc đợt I/2023");
        assertThat(SamplePlans.JSON.readTree(json).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void cancellingAPublishedPlanGivesAValidPlanCancelledWithoutTheUnknownUser() {
        Plan cancelled = published.cancel("Trùng nội dung với Kế hoạch số 15/KH-LĐLĐ.",
                Instant.parse("2023-07-14T08:10:00Z"), null);

        String json = SamplePlans.JSON.writeValueAsString(PlanCancelled.of(cancelled));

        contracts.validate("plan-cancelled", json);
        assertThat(SamplePlans.JSON.readTree(json).has("cancelledBy")).isFalse();
        assertThat(cancelled.wasPublished()).isTrue();
    }

    @Test
    void onlyAPublishedPlanCanBeClosedAndAnEndedPlanCannotBeCancelled() {
        Plan draft = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a", SamplePlans.content(), Instant.now());
        Plan closed = published.close("xong", Instant.now(), null);

        assertThatThrownBy(() -> draft.close("xong", Instant.now(), null)).isInstanceOf(PlanStatusConflictException.class);
        assertThatThrownBy(() -> closed.cancel("hủy", Instant.now(), null))
                .isInstanceOf(PlanStatusConflictException.class);
        assertThat(draft.cancel("hủy", Instant.now(), null).wasPublished()).isFalse();
    }
}
