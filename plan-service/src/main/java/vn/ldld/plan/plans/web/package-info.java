/**
 * The HTTP API of plans, {@code /api/plans}: the controller, its requests and responses. It calls
 * {@link vn.ldld.plan.plans.PlanService} and maps plans to responses; refusals are answered by service-web.
 */
package vn.ldld.plan.plans.web;
