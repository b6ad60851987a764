package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.ldld.report.plan.PhaseView;
import vn.ldld.report.plan.PlanStatus;
import vn.ldld.report.plan.PlanView;
import vn.ldld.report.plan.UnitRef;
import vn.ldld.report.receipt.Receipt;

/** The report decides its own changes: what its status allows, the version each takes, the event each raises. */
class ReportTests {

    private static final Instant DEADLINE = Instant.parse("2023-07-28T10:00:00Z");
    private static final UnitRef ISSUER = new UnitRef("LDLD-TN", "Liên đoàn Lao động tỉnh", null, "PROVINCE", null);
    private static final UnitRef UNIT = new UnitRef("LDLD-TC", "LĐLĐ huyện Tân Châu", null, "DISTRICT_FEDERATION",
            "LDLD-TN");
    private static final ReportContent EMPTY = new ReportContent(Map.of(), Map.of());

    @Test
    void aSubmissionAtTheDeadlineIsOnTimeAndOneSecondLaterIsLate() {
        Report onTime = submitted(DEADLINE);
        Report late = submitted(DEADLINE.plusMillis(1));

        assertThat(onTime.onTime()).isTrue();
        assertThat(onTime.lateSeconds()).isZero();
        assertThat(late.onTime()).isFalse();
        assertThat(late.lateSeconds()).isEqualTo(1);
        assertThat(onTime.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(onTime.version()).isEqualTo(1);
        assertThat(onTime.storedVersion()).isZero();
        assertThat(onTime.raised()).extracting(ReportEvents.Raised::type).containsExactly(ReportEvents.SUBMITTED);
        assertThat(onTime.receiptNumber()).isEqualTo(127);
    }

    @Test
    void returnedRevisedIntoAResubmissionThenAcceptedEachChangeOneVersionAndOneEvent() {
        Report report = submitted(DEADLINE);
        report.stored();

        report.returnFor("Thiếu số liệu quý II", "ldld-tn.tuyengiao", DEADLINE.plusSeconds(60));
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.lastReview().reason()).isEqualTo("Thiếu số liệu quý II");

        report.revise(Optional.of(plan(PlanStatus.PUBLISHED)), EMPTY, "ldld-tc.tuyengiao", DEADLINE.plusSeconds(120));
        assertThat(report.status()).isEqualTo(ReportStatus.RESUBMITTED);
        assertThat(report.revision()).isEqualTo(2);
        assertThat(report.revisions()).extracting(Revision::submittedBy)
                .containsExactly("ldld-tc.tuyengiao", "ldld-tc.tuyengiao");

        report.accept("ldld-tn.tuyengiao", DEADLINE.plusSeconds(180));
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.version()).isEqualTo(4);
        assertThat(report.storedVersion()).isEqualTo(1);
        assertThat(report.raised()).extracting(ReportEvents.Raised::type)
                .containsExactly(ReportEvents.RETURNED, ReportEvents.REVISED, ReportEvents.ACCEPTED);

        report.stored();
        assertThat(report.raised()).isEmpty();
        assertThat(report.storedVersion()).isEqualTo(4);
    }

    @Test
    void aChangeItsStatusDoesNotAllowIsRefusedAndLeavesTheReportAsItWas() {
        Report report = submitted(DEADLINE);
        report.accept("ldld-tn.tuyengiao", DEADLINE.plusSeconds(60));
        report.stored();

        assertThatThrownBy(() -> report.accept("ldld-tn.tuyengiao", DEADLINE.plusSeconds(120)))
                .isInstanceOf(ReportStatusConflictException.class);
        assertThatThrownBy(() -> report.returnFor("Sai", "ldld-tn.tuyengiao", DEADLINE.plusSeconds(120)))
                .isInstanceOf(ReportStatusConflictException.class);
        assertThatThrownBy(() -> report.revise(Optional.of(plan(PlanStatus.PUBLISHED)), EMPTY, "ldld-tc.tuyengiao",
                DEADLINE.plusSeconds(120))).isInstanceOf(ReportStatusConflictException.class);
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.version()).isEqualTo(2);
        assertThat(report.raised()).isEmpty();
    }

    @Test
    void noRevisionOnceThePlanIsClosedNorAReturnWithoutAReason() {
        Report report = submitted(DEADLINE);
        report.stored();

        assertThatThrownBy(() -> report.revise(Optional.of(plan(PlanStatus.CLOSED)), EMPTY, "ldld-tc.tuyengiao",
                DEADLINE)).isInstanceOf(PlanNotOpenException.class);
        assertThatThrownBy(() -> report.revise(Optional.empty(), EMPTY, "ldld-tc.tuyengiao", DEADLINE))
                .isInstanceOf(PlanNotOpenException.class);
        assertThatThrownBy(() -> report.returnFor(" ", "ldld-tn.tuyengiao", DEADLINE))
                .isInstanceOf(ReportInvalidException.class);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.revision()).isEqualTo(1);
        assertThat(report.raised()).isEmpty();
    }

    private static Report submitted(Instant at) {
        PlanView plan = plan(PlanStatus.PUBLISHED);
        return Report.submit("r-1", plan, plan.phase(1).orElseThrow(), UNIT, new Receipt("LDLD-TN", 2023, 127),
                TemplateCheck.check(plan, EMPTY), "ldld-tc.tuyengiao", at);
    }

    private static PlanView plan(PlanStatus status) {
        return new PlanView("p-1", 1, status, null, ISSUER, "Asia/Ho_Chi_Minh", List.of(new PhaseView(1, DEADLINE)),
                List.of(), List.of(), Map.of(UNIT.code(), UNIT));
    }
}
