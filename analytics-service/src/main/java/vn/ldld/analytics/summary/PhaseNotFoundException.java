package vn.ldld.analytics.summary;

import vn.ldld.web.NotFoundException;

/** The plan has no phase with this number: a 404 naming the path variable {@code n}. */
public class PhaseNotFoundException extends NotFoundException {

    public PhaseNotFoundException(String planId, int phaseNumber) {
        super("Phase not found", "n", "Plan " + planId + " has no phase " + phaseNumber);
    }
}
