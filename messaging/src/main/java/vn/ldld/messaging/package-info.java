/**
 * Messaging plumbing shared by every service: CloudEvents 1.0 on Kafka (binary mode), the MongoDB outbox and its
 * relay, idempotent consumption, dead-letter handling and correlation ids. It carries no domain type: each service
 * keeps its own records for the events it produces and consumes (see {@code contracts/} at the repository root).
 */
package vn.ldld.messaging;
