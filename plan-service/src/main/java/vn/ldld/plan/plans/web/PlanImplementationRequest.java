package vn.ldld.plan.plans.web;

import jakarta.validation.constraints.Pattern;

/**
 * Optional body of the request that creates an implementing plan.
 *
 * @param unitCode the unit whose implementing plan it is, e.g. {@code LDLD-TB}: required for province staff, ignored
 *                 for a unit's staff (their own unit)
 */
public record PlanImplementationRequest(@Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$") String unitCode) {
}
