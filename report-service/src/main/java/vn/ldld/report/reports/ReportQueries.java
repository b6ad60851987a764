package vn.ldld.report.reports;

import java.util.List;

import org.springframework.stereotype.Service;

/** Read side of the reports: pages of reports, without their revisions. */
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
}
