/**
 * Plans (kế hoạch): drafts, publication with the issuer's yearly number, amendments with their versions, closing
 * and cancelling, each announced on {@code plan-events} through the messaging outbox. Units are checked against and
 * filled from the units directory. The model ({@link vn.ldld.plan.plans.Plan} and its content) and
 * {@link vn.ldld.plan.plans.PlanService} are the feature's face; the store, the numbering, the rules and the
 * diff of amendments are package-private; the HTTP API is in {@code web}, the events in the contracts' shape in
 * {@code events}.
 */
package vn.ldld.plan.plans;
