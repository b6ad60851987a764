/**
 * How the service's Kafka clients sign in to the brokers: SASL/SCRAM with the service's own Kafka user.
 */
package vn.ldld.messaging.kafka;
