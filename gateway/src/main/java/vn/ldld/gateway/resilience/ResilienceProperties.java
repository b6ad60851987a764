package vn.ldld.gateway.resilience;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits and circuit breaker settings of the routes' breakers (a breaker is named after its route).
 *
 * @param defaultTimeout       time limit of a route without its own ({@code GATEWAY_API_TIMEOUT})
 * @param timeouts             time limit by breaker name, e.g. {@code analytics-exports}
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindow        calls the failure rate is computed over
 * @param minimumCalls         calls needed before the failure rate counts
 * @param waitInOpen           how long an open circuit refuses calls before letting a few through
 */
@ConfigurationProperties("gateway.resilience")
public record ResilienceProperties(@DefaultValue("10s") Duration defaultTimeout,
                                   Map<String, Duration> timeouts,
                                   @DefaultValue("50") float failureRateThreshold,
                                   @DefaultValue("20") int slidingWindow,
                                   @DefaultValue("10") int minimumCalls,
                                   @DefaultValue("10s") Duration waitInOpen) {

    public ResilienceProperties {
        timeouts = timeouts == null ? Map.of() : Map.copyOf(timeouts);
    }

    Duration timeoutOf(String breaker) {
        return timeouts.getOrDefault(breaker, defaultTimeout);
    }
}
