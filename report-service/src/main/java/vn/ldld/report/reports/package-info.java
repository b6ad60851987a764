/**
 * Reports (báo cáo): intake against the plan view (template, deadline in force, must-report units), the receipt,
 * one report per plan, phase and unit, revisions, review by province staff, and the report events sent through
 * the outbox.
 */
package vn.ldld.report.report;
