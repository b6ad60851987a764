/**
 * The plans as analytics knows them: the latest published version of each plan (phases, deadlines, template,
 * must-report recipients) and whether it was closed or cancelled, built from {@code plan-events} only.
 */
package vn.ldld.analytics.plan;
