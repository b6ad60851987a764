package vn.ldld.notification.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ldld.notification.NotificationTestSupport;
import vn.ldld.notification.plan.PlanEvents.Phase;
import vn.ldld.notification.plan.PlanEvents.Recipient;
import vn.ldld.notification.plan.PlanEvents.UnitRef;

class PlansTests extends NotificationTestSupport {

    private static final UnitRef ISSUER = new UnitRef("LDLD-TN", "Liên đoàn Lao động tỉnh Tây Ninh", "LĐLĐ tỉnh",
            "PROVINCIAL_FEDERATION", null);
    private static final UnitRef GO_DAU = new UnitRef("LDLD-GD", "Liên đoàn Lao động huyện Gò Dầu", "LĐLĐ Gò Dầu",
            "DISTRICT_FEDERATION", "LDLD-TN");
    private static final UnitRef TRANG_BANG = new UnitRef("LDLD-TB", "Liên đoàn Lao động thị xã Trảng Bàng",
            "LĐLĐ Trảng Bàng", "DISTRICT_FEDERATION", "LDLD-TN");

    @Autowired
    Plans plans;

    @Test
    void readsThePlanWithOnlyTheRecipientANoticeIsFor() {
        String planId = "plan-" + UUID.randomUUID();
        Phase phase = new Phase(1, "Đợt I/2023", Instant.parse("2023-07-25T17:00:00Z"), "Asia/Ho_Chi_Minh");
        plans.save(new PlanCopy(planId, 3, "14/KH-LĐLĐ", "Kế hoạch Tháng Công nhân", "Asia/Ho_Chi_Minh", "OPEN",
                ISSUER, List.of(phase), List.of(new Recipient(GO_DAU, "MUST_REPORT"),
                new Recipient(TRANG_BANG, "MUST_REPORT")), LocalDate.of(2023, 7, 12), null));

        PlanCopy forGoDau = plans.forUnit(planId, "LDLD-GD").orElseThrow();
        assertThat(forGoDau.recipients()).containsExactly(new Recipient(GO_DAU, "MUST_REPORT"));
        assertThat(forGoDau.version()).isEqualTo(3);
        assertThat(forGoDau.number()).isEqualTo("14/KH-LĐLĐ");
        assertThat(forGoDau.title()).isEqualTo("Kế hoạch Tháng Công nhân");
        assertThat(forGoDau.issuer()).isEqualTo(ISSUER);
        assertThat(forGoDau.phases()).containsExactly(phase);
        assertThat(forGoDau.issuedOn()).as("a field after the recipients").isEqualTo(LocalDate.of(2023, 7, 12));
        assertThat(Plans.addressee(forGoDau, "LDLD-GD").name()).isEqualTo("Liên đoàn Lao động huyện Gò Dầu");

        PlanCopy forIssuer = plans.forUnit(planId, "LDLD-TN").orElseThrow();
        assertThat(Plans.addressee(forIssuer, "LDLD-TN").name()).isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");
        assertThat(Plans.addressee(plans.forUnit(planId, "CDN-X").orElseThrow(), "CDN-X").code()).isEqualTo("CDN-X");
        assertThat(plans.forUnit("no-such-plan", "LDLD-GD")).isEmpty();
    }
}
