package vn.ldld.notification.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler ({@code notification.scheduler.*}).
 *
 * @param enabled false to run no poll loop (tests drive {@link Dispatcher} themselves)
 * @param pollInterval pause between two passes
 * @param lease how long a claimed notification is held before another instance may take it over
 * @param batchSize how many notifications one pass sends at most
 */
@ConfigurationProperties("notification.scheduler")
public record SchedulerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration pollInterval,
                                  @DefaultValue("60s") Duration lease, @DefaultValue("200") int batchSize) {
}
