package vn.ldld.plan.plans;

import vn.ldld.messaging.outbox.OutboxEvent;

/**
 * The events that announce what happened to a plan on {@code plan-events}, ready for the outbox. Built in
 * {@code plans.events} in the shape of the contracts, so that the use cases do not depend on the wire format.
 */
public interface PlanEvents {

    /** {@code vn.ldld.plan.published.v1} for a plan just published. */
    OutboxEvent published(Plan plan);

    /** {@code vn.ldld.plan.amended.v1} for the last amendment of a plan. */
    OutboxEvent amended(Plan plan);

    /** {@code vn.ldld.plan.closed.v1} for a plan just closed. */
    OutboxEvent closed(Plan plan);

    /** {@code vn.ldld.plan.cancelled.v1} for a published plan just cancelled. */
    OutboxEvent cancelled(Plan plan);
}
