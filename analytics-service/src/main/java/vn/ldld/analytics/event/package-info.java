/**
 * Intake of every event of the platform (plans, reports, notifications), each applied once to the read models
 * whatever Kafka redelivers, and the rebuild that resets the read models and replays the topics from the start.
 */
package vn.ldld.analytics.event;
