package vn.ldld.report.cascade.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.ldld.report.cascade.DistrictReport;

/**
 * A unit's report on one phase of a plan, pre-filled from its sub-units' accepted reports: {@code values} and
 * {@code narrative} are the body of a {@code POST /api/reports} for the plan and phase as they stand.
 */
@Schema(description = "A unit's report on phase `phase` of plan `planId` pre-filled from its sub-units' accepted "
        + "reports in the unit's implementing plans of it (phase n feeds phase n). `values` and `narrative` are "
        + "directly the body of `POST /api/reports` for the plan and phase; the unit reviews, edits and submits it.")
public record SubUnitReportResponse(
        String planId,
        int phase,
        ReportingUnit unit,
        @Schema(description = "The unit's implementing plans of the plan, cancelled ones left out; empty when it "
                + "issued none") List<ImplementingPlanRef> implementingPlans,
        @Schema(description = "Indicator values of the plan's template by code: COUNT and MONEY_VND summed as whole "
                + "numbers, DECIMAL summed exactly; TEXT listed one line per unit, \"<unit name>: <text>\", joined "
                + "with \\n. An indicator no source gave is absent.") Map<String, Object> values,
        @Schema(description = "Sections of the plan's template by code: one block per unit, \"<unit name>:\\n<text>\","
                + " blocks joined with \\n\\n, in the order of `sources`. A section no source wrote is absent.")
        Map<String, String> narrative,
        @Schema(description = "The accepted reports summed, in the order of their units' names (Vietnamese "
                + "collation), then unit code") List<SubUnitSource> sources,
        @Schema(description = "The must-report units of the implementing plans without an accepted report in the "
                + "phase, in the same order") List<NotAcceptedUnit> notAccepted) {

    static SubUnitReportResponse of(DistrictReport report) {
        return new SubUnitReportResponse(report.planId(), report.phase(),
                new ReportingUnit(report.unit().code(), report.unit().name()),
                report.implementingPlans().stream().map(p -> new ImplementingPlanRef(p.planId(), p.number())).toList(),
                report.values(), report.narrative(),
                report.sources().stream().map(s -> new SubUnitSource(s.unit().code(), s.unit().name(), s.planId(),
                        s.reportId(), s.revision(), s.acceptedAt())).toList(),
                report.notAccepted().stream().map(n -> new NotAcceptedUnit(n.unit().code(), n.unit().name(),
                        n.planId(), n.status())).toList());
    }

    /** The unit that reports, as the plan names it. */
    public record ReportingUnit(String code, String name) {
    }

    /** An implementing plan: its id and number (số, ký hiệu). */
    public record ImplementingPlanRef(String planId, String number) {
    }

    /** An accepted report summed: its unit, its plan, the revision accepted and when. */
    public record SubUnitSource(String unitCode, String unitName, String planId, String reportId, int revision,
                                Instant acceptedAt) {
    }

    /** A must-report unit of an implementing plan whose report in the phase is not accepted. */
    public record NotAcceptedUnit(String unitCode, String unitName,
                                  @Schema(description = "The implementing plan that addresses the unit")
                                  String planId,
                                  @Schema(description = "NOT_SUBMITTED; SUBMITTED (submitted or resubmitted, "
                                          + "awaiting review); RETURNED",
                                          allowableValues = {"NOT_SUBMITTED", "SUBMITTED", "RETURNED"})
                                  String status) {
    }
}
