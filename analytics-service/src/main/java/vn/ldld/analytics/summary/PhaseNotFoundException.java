package vn.ldld.analytics.summary;

/** The plan has no phase with this number. */
public class PhaseNotFoundException extends RuntimeException {

    public PhaseNotFoundException(String planId, int phaseNumber) {
        super("Plan " + planId + " has no phase " + phaseNumber);
    }
}
