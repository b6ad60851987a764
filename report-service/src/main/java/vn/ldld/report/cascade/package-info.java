/**
 * Plans that cascade down the levels: a district federation's report on a phase of the province's plan, pre-filled
 * from the accepted reports of its grassroots unions in the district's implementing plans of that plan
 * ({@link vn.ldld.report.cascade.SubUnitReports}). Reads the plan views and the reports; changes nothing.
 */
package vn.ldld.report.cascade;
