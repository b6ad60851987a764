package vn.ldld.report.reports;

import java.util.List;

import org.springframework.stereotype.Service;

/** Read side of the reports: pages of reports without their revisions, the reports of a phase. */
@Service
public class ReportQueries {

    private final ReportStore reports;

    ReportQueries(ReportStore reports) {
        this.reports = reports;
    }

    /**
     * One page of the reports {@code filter} selects, in order of receipt.
     *
     * @param reports the reports of the page (their revisions not read)
     * @param total how many reports the filter selects in all
     */
    public record Page(List<Report> reports, long total) {
    }

    public Page page(ReportFilter filter, int page, int size) {
        return new Page(reports.page(filter, page, size), reports.count(filter));
    }

    /**
     * Every report of phase {@code phaseNumber} of plan {@code planId}, in one query: each with its unit, status,
     * revision, last review and current content ({@link Report#current()}) only; the rest is not read
     * ({@link Report#revisions()} holds the current one only, {@link Report#reviews()} is empty, no receipt).
     */
    public List<Report> inPhase(String planId, int phaseNumber) {
        return reports.inPhase(planId, phaseNumber);
    }
}
