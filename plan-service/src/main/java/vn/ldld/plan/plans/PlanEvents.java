package vn.ldld.plan.plans;

import java.util.List;

import vn.ldld.messaging.outbox.OutboxEvent;

/**
 * The events that announce what happened to a plan on {@code plan-events}, ready for the outbox. Built in
 * {@code plans.events} in the shape of the contracts, so that the use cases do not depend on the wire format.
 */
public interface PlanEvents {

    /**
     * {@code vn.ldld.plan.published.v2} for a plan just published, followed by the
     * {@code vn.ldld.plan.recipients-listed.v1} chunks of its {@code recipients}, in order.
     */
    List<OutboxEvent> published(Plan plan, ResolvedRecipients recipients);

    /**
     * {@code vn.ldld.plan.amended.v2} for the last amendment of a plan, followed by the
     * {@code vn.ldld.plan.recipients-listed.v1} chunks of the whole recipient set of its new version, in order.
     */
    List<OutboxEvent> amended(Plan plan, ResolvedRecipients recipients);

    /** {@code vn.ldld.plan.closed.v1} for a plan just closed. */
    OutboxEvent closed(Plan plan);

    /** {@code vn.ldld.plan.cancelled.v1} for a published plan just cancelled. */
    OutboxEvent cancelled(Plan plan);
}
