package vn.ldld.plan.plans;

/**
 * One broken rule, named by the path of the field in the request body, e.g. {@code phases[0].endDate}.
 *
 * @param field path of the field
 * @param message what is wrong, for a person
 */
public record Violation(String field, String message) {
}
