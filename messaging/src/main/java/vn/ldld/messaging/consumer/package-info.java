/**
 * The consumer kit: one {@link vn.ldld.messaging.consumer.EventHandler} per event type, registered in
 * {@link vn.ldld.messaging.consumer.EventHandlers} and dispatched by CloudEvents type, payloads read by the one
 * tolerant {@link vn.ldld.messaging.consumer.EventReader}.
 */
package vn.ldld.messaging.consumer;
