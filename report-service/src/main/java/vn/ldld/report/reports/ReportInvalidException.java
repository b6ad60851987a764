package vn.ldld.report.reports;

import java.util.List;

import vn.ldld.web.ApiError;
import vn.ldld.web.InvalidRequestException;

/** The report breaks its plan's template, or a rule of its review: every wrong field is named. */
public class ReportInvalidException extends InvalidRequestException {

    ReportInvalidException(List<ApiError> errors) {
        super(errors);
    }
}
