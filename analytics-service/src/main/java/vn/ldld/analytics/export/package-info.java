/**
 * Exports of a phase for the upward report: CSV (UTF-8 with BOM), an XLSX workbook (summary, units × indicators
 * with subtotals per parent unit, late and missing units) and the draft consolidated report (báo cáo tổng hợp) as
 * DOCX in the administrative document layout.
 */
package vn.ldld.analytics.export;
