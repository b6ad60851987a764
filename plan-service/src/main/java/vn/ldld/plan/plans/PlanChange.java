package vn.ldld.plan.plans;

/**
 * One change made by an amendment.
 *
 * @param kind what changed
 * @param phaseNumber phase concerned (deadline changed, phase added), else null
 * @param unitCode unit concerned (recipient added or removed), else null
 * @param field path of the changed field in the plan, e.g. {@code phases[0].reportDeadline}
 * @param from previous value as text, when meaningful
 * @param to new value as text, when meaningful
 */
public record PlanChange(ChangeKind kind, Integer phaseNumber, String unitCode, String field, String from, String to) {
}
