/**
 * The plan events ({@code vn.ldld.plan.*.v1} on {@code plan-events}) as {@code contracts/} describes them, and the
 * {@link vn.ldld.plan.plans.PlanEvents} that builds them for the outbox. The published version of a plan read over
 * HTTP is the same {@link vn.ldld.plan.plans.events.PlanSnapshot} the events carry.
 */
package vn.ldld.plan.plans.events;
