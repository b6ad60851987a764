/** {@code GET /api/reports/from-sub-units}: a unit's report pre-filled from its sub-units' accepted reports. */
package vn.ldld.report.cascade.web;
