package vn.ldld.plan.units;

import vn.ldld.web.VersionMismatchException;

/** The unit is no longer at the version the writer read. */
public class UnitVersionMismatchException extends VersionMismatchException {

    public UnitVersionMismatchException(String code, long currentVersion) {
        super("Unit " + code + " is at version " + currentVersion + "; read it again", currentVersion);
    }
}
