package vn.ldld.report.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import vn.ldld.web.InvalidRequestException;
import vn.ldld.web.NotFoundException;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.ForbiddenException;
import vn.ldld.web.security.Role;

/**
 * Who may do what with reports, from the caller's verified token (never from the body or a header):
 * <ul>
 *     <li>submit: a unit's reporter for its own unit (the token's unit claim); province staff on a unit's behalf,
 *     naming it in the body; nobody else;</li>
 *     <li>read a report and its revisions: staff, the report's unit, and the district federation directly above
 *     it; to another unit the report does not exist (404, as if missing); a role that never reads reports
 *     (viewer, no role) 403;</li>
 *     <li>revise: staff and the report's own unit; the district above may read but not change it (403); anybody
 *     else 404; a role that never revises (viewer, no role) 403;</li>
 *     <li>accept, return: province staff, on any report (level PROVINCE, also on a plan reviewed by the parent, while
 *     the parent has not decided: the province keeps the last word on what is still open); and, for a plan reviewed
 *     by the parent ({@code reviewBy PARENT}), the staff ({@code UNIT_STAFF}) of the unit directly above the reporting
 *     unit (level PARENT) unless that parent is the plan's issuer and the province federation (a district's staff
 *     do review their sub-units' reports of the district's own implementing plan). A unit's staff gets 403 on its own unit's report
 *     and on its sub-units' reports of a plan the province reviews, 404 on any other unit's report (a sibling
 *     district's, as if missing); every other role 403;</li>
 *     <li>list: staff everything; a unit's reporter or staff its own unit's reports and those of the units directly
 *     below it; nobody else;</li>
 *     <li>pre-fill a unit's report from its sub-units' accepted reports: province staff for the unit they name; a
 *     unit's reporter or staff for its own unit only (another unit: 404); nobody else.</li>
 * </ul>
 * A unit's staff ({@code UNIT_STAFF}) reads what its unit's reporter reads; it neither submits nor revises.
 */
@Component
public class ReportAccess {

    /**
     * The unit a submission is for.
     *
     * @param unitCode the unit the request names, or null
     * @throws ForbiddenException a reporter naming another unit in the body (naming the field), a caller who may
     *         not submit
     * @throws InvalidRequestException staff naming no unit
     */
    public String unitToSubmit(Caller caller, String unitCode) {
        if (caller.isStaff()) {
            if (unitCode == null) {
                throw new InvalidRequestException("unitCode", "required when province staff submit on a unit's behalf");
            }
            return unitCode;
        }
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER);
        String own = caller.requireUnit();
        if (unitCode != null && !unitCode.equals(own)) {
            throw new ForbiddenException("Forbidden", "unitCode", "you can submit only for your own unit");
        }
        return own;
    }

    /**
     * Whose {@code Idempotency-Key}s a submission's key is among: the token's subject and the unit it submits for.
     * The subject is URL-encoded so that no two callers' scopes can be confused.
     */
    public String idempotencyScope(Caller caller, String unitCode) {
        return URLEncoder.encode(caller.subject(), StandardCharsets.UTF_8) + "@" + unitCode;
    }

    /** Fails with 403 unless the caller's role may ever read reports (viewers read analytics only). */
    public void requireReader(Caller caller) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER, Role.UNIT_STAFF);
    }

    /** The report, if the caller may read it; otherwise it answers as a missing one. */
    public Report readable(Caller caller, Report report) {
        if (!caller.canRead(report.unit().code(), report.unit().parentCode())) {
            throw new ReportNotFoundException(report.id());
        }
        return report;
    }

    /** Fails with 403 unless the caller's role may ever revise a report. */
    public void requireReviser(Caller caller) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER);
    }

    /** Staff and the report's own unit may revise it; the district above it 403; anybody else 404. */
    public void requireRevisable(Caller caller, Report report) {
        if (caller.isStaff() || caller.has(Role.UNIT_REPORTER) && caller.isUnit(report.unit().code())) {
            return;
        }
        readable(caller, report);
        throw new ForbiddenException("Only the reporting unit or province staff may revise a report; "
                + "a district federation may read its sub-units' reports, not change them.");
    }

    /** Fails with 403 unless the caller's role may ever review a report (province staff, a unit's staff). */
    public void requireReviewer(Caller caller) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_STAFF);
    }

    /**
     * Who reviews {@code report} when the caller does, and at which level.
     *
     * @param plan who reviews the plan's reports
     * @throws ReportNotFoundException a unit's staff aiming at a report it may not read
     * @throws ForbiddenException a caller who may read the report but not review it, a role that never reviews
     */
    public Reviewer reviewer(Caller caller, Report report, PlanReview plan) {
        if (caller.isStaff()) {
            return new Reviewer(caller.subject(), ReviewLevel.PROVINCE, report.receivingUnitCode());
        }
        requireReviewer(caller);
        String parent = report.unit().parentCode();
        if (caller.isStaffOfParent(parent)) {
            // the units directly below the province federation are reviewed by the province's staff; those
            // directly below a unit that issued the plan (a district's implementing plan) by that unit's staff
            boolean provinceBelow = parent.equals(report.receivingUnitCode()) && plan.issuedByTopUnit();
            if (plan.reviewBy() == ReviewLevel.PARENT && !provinceBelow) {
                return new Reviewer(caller.subject(), ReviewLevel.PARENT, parent);
            }
            throw new ForbiddenException("The reports of this plan are reviewed by the province; a unit's staff "
                    + "reviews its sub-units' reports only for a plan reviewed by the parent unit.");
        }
        readable(caller, report);
        throw new ForbiddenException("A unit's staff reviews the reports of the units directly below it, "
                + "not its own unit's.");
    }

    /**
     * The unit whose report is pre-filled from its sub-units' accepted reports: for province staff the unit the
     * request names, for a unit's reporter or staff its own unit (from the token).
     *
     * @param unitCode the unit the request names, or null
     * @throws InvalidRequestException province staff naming no unit (naming the parameter {@code unit})
     * @throws NotFoundException a unit's account naming another unit: to it that unit's report does not exist
     * @throws ForbiddenException a role that never reads reports (viewer, machine client, no role)
     */
    public String unitToPrefill(Caller caller, String unitCode) {
        if (caller.isStaff()) {
            if (unitCode == null || unitCode.isBlank()) {
                throw new InvalidRequestException("unit", "required when province staff read a unit's report");
            }
            return unitCode;
        }
        requireReader(caller);
        String own = caller.requireUnit();
        if (unitCode != null && !unitCode.equals(own)) {
            throw new NotFoundException("Not found", "No such plan or unit");
        }
        return own;
    }

    /**
     * The unit whose own reports and whose sub-units' reports the caller may list; null for all (staff).
     *
     * @throws ForbiddenException a caller who may list no reports
     */
    public String listScope(Caller caller) {
        if (caller.isStaff()) {
            return null;
        }
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER, Role.UNIT_STAFF);
        return caller.requireUnit();
    }
}
