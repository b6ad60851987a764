package vn.ldld.report.report;

import java.util.List;

/**
 * One page of reports.
 *
 * @param items the reports of this page, in order of receipt
 * @param page page number, from 0
 * @param size page size asked for
 * @param total how many reports match in all
 */
public record ReportPage(List<ReportSummary> items, int page, int size, long total) {
}
