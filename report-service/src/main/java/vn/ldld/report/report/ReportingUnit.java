package vn.ldld.report.report;

/**
 * Who submits: the reporting unit of a request. Today the body's {@code unitCode}; once the API is secured, an
 * implementation reading the caller's token claim replaces {@link UnitFromBody}, and nothing else changes.
 */
public interface ReportingUnit {

    /** The code of the unit the submission is for, as established for this caller. */
    String of(SubmitReport request);
}
