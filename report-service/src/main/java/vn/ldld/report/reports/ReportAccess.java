package vn.ldld.report.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import vn.ldld.web.InvalidRequestException;
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
 *     <li>accept, return: staff only;</li>
 *     <li>list: staff everything; a unit's reporter its own unit's reports and those of the units directly below
 *     it; nobody else.</li>
 * </ul>
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
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER);
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

    /** Fails with 403 unless the caller is province staff. */
    public void requireReviewer(Caller caller) {
        caller.require(Role.PROVINCE_STAFF);
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
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER);
        return caller.requireUnit();
    }
}
