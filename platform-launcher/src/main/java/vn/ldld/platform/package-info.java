/**
 * The local platform: a real Kafka broker (KRaft), a MongoDB-wire-compatible server and every
 * Spring Boot service, each as its own OS process, started and stopped with one command.
 * <p>
 * {@link vn.ldld.platform.LocalPlatform} is the entry point for code (the end-to-end tests),
 * {@link vn.ldld.platform.PlatformCli} for people (the {@code ./platform} script at the repository root).
 */
package vn.ldld.platform;
