package vn.ldld.report.report;

import java.util.List;

import org.springframework.stereotype.Component;

/** The reporting unit as the body names it: the rule until the API is secured. */
@Component
class UnitFromBody implements ReportingUnit {

    @Override
    public String of(SubmitReport request) {
        if (request.unitCode() == null) {
            throw new ReportInvalidException(List.of(new Violation("unitCode", "must not be null")));
        }
        return request.unitCode();
    }
}
