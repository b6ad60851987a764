package vn.ldld.report.reports;

import java.util.List;

import vn.ldld.web.ApiError;
import vn.ldld.web.InvalidRequestException;

/** The plan has no such phase: a 400 naming {@code phaseNumber}. */
public class PhaseUnknownException extends InvalidRequestException {

    PhaseUnknownException(int phaseNumber) {
        this("The plan has no phase " + phaseNumber);
    }

    private PhaseUnknownException(String message) {
        super(message, List.of(new ApiError("phaseNumber", message)));
    }
}
