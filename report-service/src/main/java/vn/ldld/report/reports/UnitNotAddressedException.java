package vn.ldld.report.reports;

import vn.ldld.web.security.ForbiddenException;

/** The unit is not one of the plan's must-report recipients (units informed only do not report): 403. */
public class UnitNotAddressedException extends ForbiddenException {

    UnitNotAddressedException(String unitCode) {
        super("Unit not addressed by the plan", "unitCode",
                "Unit " + unitCode + " is not one of the units that must report on this plan");
    }
}
