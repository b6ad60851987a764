package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.ldld.plan.SamplePlans;

class PlanNumberTests {

    @Test
    void isTheSequenceThenKhThenTheIssuersSymbol() {
        PlanNumber number = PlanNumber.of(15, 2023, "LĐLĐ");

        assertThat(number.text()).isEqualTo("15/KH-LĐLĐ");
        assertThat(number.sequence()).isEqualTo(15);
        assertThat(number.year()).isEqualTo(2023);
    }

    @Test
    void startsAtOne() {
        assertThat(PlanNumber.of(1, 2024, "CĐN").text()).isEqualTo("1/KH-CĐN");
        assertThatThrownBy(() -> PlanNumber.of(0, 2024, "LĐLĐ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssuerWithoutSymbolIsALienDoanLaoDong() {
        assertThat(SamplePlans.content().issuer().documentSymbol()).isEqualTo("LĐLĐ");
    }

    @Test
    void publishingADraftNumbersItAndIssuesItOnThePublicationDayInThePlansZone() {
        Plan draft = Plan.draft("5b0e7c1a-3d2f-4e8b-9a6c-1f2e3d4c5b6a", SamplePlans.content(),
                Instant.parse("2023-07-10T00:00:00Z"));
        // 2023-07-11T18:00Z is already 12 July in Tây Ninh
        Plan published = draft.publish(PlanNumber.of(15, 2023, "LĐLĐ"), Instant.parse("2023-07-11T18:00:00Z"), "tg");

        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.number()).isEqualTo("15/KH-LĐLĐ");
        assertThat(published.version()).isEqualTo(draft.version() + 1);
        assertThat(published.publishedVersion()).isEqualTo(1);
        assertThat(published.content().issuedOn()).isEqualTo("2023-07-12");
        assertThatThrownBy(() -> published.publish(PlanNumber.of(16, 2023, "LĐLĐ"), Instant.now(), "tg"))
                .isInstanceOf(PlanStatusConflictException.class);
    }
}
