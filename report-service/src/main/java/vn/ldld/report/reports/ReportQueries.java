package vn.ldld.report.report;

import org.springframework.stereotype.Service;

/** Read side of the reports: pages of summaries. */
@Service
class ReportQueries {

    private final Reports reports;

    ReportQueries(Reports reports) {
        this.reports = reports;
    }

    ReportPage page(ReportFilter filter, int page, int size) {
        return new ReportPage(reports.page(filter, page, size).stream().map(ReportSummary::of).toList(), page, size,
                reports.count(filter));
    }
}
