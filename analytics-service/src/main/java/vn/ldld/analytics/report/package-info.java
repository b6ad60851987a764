/**
 * The reports as analytics knows them, one document per report id: the content of its highest revision (values
 * replace, never add), the first receipt (time, on time, lateness) and the latest review, built from
 * {@code report-events} only, even before the plan they answer is known.
 */
package vn.ldld.analytics.report;
