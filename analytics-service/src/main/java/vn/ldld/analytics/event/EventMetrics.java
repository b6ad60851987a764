package vn.ldld.analytics.event;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.ldld.messaging.cloudevents.InboundEvent;

/**
 * {@code analytics_events_handled_total{type}}: events applied to the read models; {@code analytics_event_lag_seconds{type}}:
 * time from an event's {@code ce_time} to its effect in analytics.
 */
@Component
class EventMetrics {

    private final MeterRegistry meters;
    private final Clock clock;

    EventMetrics(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    void applied(InboundEvent event) {
        Counter.builder("analytics.events.handled").description("Events applied to the analytics read models")
                .tag("type", event.type()).register(meters).increment();
        if (event.metadata().time() != null) {
            Duration lag = Duration.between(event.metadata().time(), clock.instant());
            Timer.builder("analytics.event.lag").description("Time from an event's ce_time to its effect in analytics")
                    .tag("type", event.type()).publishPercentileHistogram().register(meters)
                    .record(lag.isNegative() ? Duration.ZERO : lag);
        }
    }
}
