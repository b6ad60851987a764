package vn.ldld.report.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param ttl how long after the first request a key is remembered (24 h) */
@ConfigurationProperties("report.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration ttl) {
}
