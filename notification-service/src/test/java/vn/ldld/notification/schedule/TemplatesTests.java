package vn.ldld.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Plan numbers restart each year: the texts name a plan by its number and its date of issue. */
class TemplatesTests {

    private static final String ZONE = "Asia/Ho_Chi_Minh";

    @Test
    void twoPlansNumberedOneInDifferentYearsAreToldApartByTheirDateOfIssue() {
        PlanRef first = new PlanRef("a", "1/KH-LĐLĐ", "công tác dân vận năm 2023", ZONE, LocalDate.of(2023, 3, 5));
        PlanRef next = new PlanRef("b", "1/KH-LĐLĐ", "công tác dân vận năm 2024", ZONE, LocalDate.of(2024, 1, 10));

        assertThat(subject(first)).isEqualTo("Ban hành Kế hoạch số 1/KH-LĐLĐ ngày 5/3/2023: công tác dân vận năm 2023");
        assertThat(subject(next)).isEqualTo("Ban hành Kế hoạch số 1/KH-LĐLĐ ngày 10/1/2024: công tác dân vận năm 2024");
        assertThat(new Templates().render(notice(first)).body())
                .contains("đã ban hành Kế hoạch số 1/KH-LĐLĐ ngày 5/3/2023 về việc công tác dân vận năm 2023.");
    }

    @Test
    void aPlanKeptWithoutItsDateOfIssueIsNamedByItsNumberAlone() {
        PlanRef kept = new PlanRef("a", "15/KH-LĐLĐ", "công tác dân vận", ZONE, null);

        assertThat(subject(kept)).isEqualTo("Ban hành Kế hoạch số 15/KH-LĐLĐ: công tác dân vận");
    }

    private static String subject(PlanRef plan) {
        return new Templates().render(notice(plan)).subject();
    }

    private static Notification notice(PlanRef plan) {
        Addressee unit = Addressee.known("LDLD-TB");
        Instant now = Instant.parse("2023-07-12T02:30:00Z");
        return Notification.of(plan, 0, NotificationKind.PLAN_ISSUED, unit, unit, null, now, Map.of(), now);
    }
}
