package vn.ldld.report.cascade.web;

import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ldld.report.cascade.SubUnitReports;
import vn.ldld.report.reports.ReportAccess;
import vn.ldld.web.security.Caller;

/** {@code GET /api/reports/from-sub-units}: a unit's report pre-filled from its sub-units' accepted reports. */
@RestController
@Tag(name = "reports")
class SubUnitReportController {

    static final String PATH = "/api/reports/from-sub-units";

    private final SubUnitReports reports;
    private final ReportAccess access;

    SubUnitReportController(SubUnitReports reports, ReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping(PATH)
    @Operation(summary = "A unit's report pre-filled from its sub-units' accepted reports", description = """
            Access: PROVINCE_STAFF naming the unit (`unit` required, else 400 naming `unit`); UNIT_REPORTER or \
            UNIT_STAFF for their own unit (the token's; a `unit` other than their own: 404). The plan must address \
            the unit as a must-report unit and have phase `phase`, else 404. VIEWER, machine clients and tokens \
            without a role: 403. Sums phase `phase` of the reports accepted in the unit's implementing plans of the \
            plan (plans whose `implementsPlanId` is the plan and whose issuer is the unit, not cancelled): counts \
            and amounts as whole numbers, decimals exactly, texts and sections listed by unit; lists the \
            must-report units without an accepted report. No implementing plan: 200 with empty lists and maps.""")
    public SubUnitReportResponse prefill(Caller caller, @RequestParam String planId, @RequestParam @Min(1) int phase,
                                         @RequestParam(required = false) String unit) {
        String reporting = access.unitToPrefill(caller, unit);
        return SubUnitReportResponse.of(reports.prefill(planId, phase, reporting));
    }
}
