package vn.ldld.plan.unit;

/** The unit is no longer at the version the writer read. */
public class UnitVersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public UnitVersionMismatchException(String code, long currentVersion) {
        super("Unit " + code + " is at version " + currentVersion + "; read it again");
        this.currentVersion = currentVersion;
    }

    /** The stored version. */
    public long currentVersion() {
        return currentVersion;
    }
}
