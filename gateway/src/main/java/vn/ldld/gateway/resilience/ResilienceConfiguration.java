package vn.ldld.gateway.resilience;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * Each route's CircuitBreaker filter gets its time limit (10 s for the API, 30 s for analytics exports by default)
 * and a count-based breaker; refused connections, time-outs and open circuits end in the problem handler as 503 or
 * 504 problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeBreakers(ResilienceProperties properties) {
        return factory -> factory.configureDefault(name -> new Resilience4JConfigBuilder(name)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeoutOf(name))
                        .cancelRunningFuture(true).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(properties.slidingWindow())
                        .minimumNumberOfCalls(properties.minimumCalls())
                        .failureRateThreshold(properties.failureRateThreshold())
                        .waitDurationInOpenState(properties.waitInOpen())
                        .build())
                .build());
    }
}
