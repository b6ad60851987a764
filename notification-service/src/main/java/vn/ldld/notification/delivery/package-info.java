/**
 * Delivery over the channels: the in-app inbox at once; e-mail (SMTP) and signed webhooks through a persisted queue
 * with quiet hours, batching per unit, retries with back-off; the delivery log.
 */
package vn.ldld.notification.delivery;
