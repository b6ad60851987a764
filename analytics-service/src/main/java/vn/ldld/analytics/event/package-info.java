/**
 * Intake of every event of the platform (plans, reports, notifications): analytics builds its read models from
 * them alone.
 */
package vn.ldld.analytics.event;
