package vn.ldld.report.reports.web;

import java.util.List;

import vn.ldld.report.reports.ReportQueries;

/**
 * One page of reports.
 *
 * @param items the reports of this page, in order of receipt
 * @param page page number, from 0
 * @param size page size asked for
 * @param total how many reports match in all
 */
public record ReportPage(List<ReportSummary> items, int page, int size, long total) {

    static ReportPage of(ReportQueries.Page found, int page, int size) {
        return new ReportPage(found.reports().stream().map(ReportSummary::of).toList(), page, size, found.total());
    }
}
