/**
 * Plans (kế hoạch): drafts, publication with the issuer's yearly number, amendments with their versions, closing
 * and cancelling, each announced on {@code plan-events} through the messaging outbox. Units are checked against and
 * filled from the units directory.
 */
package vn.ldld.plan.plans;
