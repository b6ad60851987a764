package vn.ldld.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Budgets per caller and where the buckets live.
 *
 * @param redisUrl     shared store for all gateway instances ({@code GATEWAY_RATE_LIMIT_REDIS_URL}); empty: each
 *                     instance keeps its buckets in memory
 * @param redisTimeout how long a request waits for Redis before the local bucket decides
 * @param idleExpiry   a caller's bucket is forgotten after this long without requests (memory stays bounded)
 * @param maxKeys      most buckets kept in memory at once
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(String redisUrl,
                                  @DefaultValue("100ms") Duration redisTimeout,
                                  @DefaultValue("10m") Duration idleExpiry,
                                  @DefaultValue("100000") long maxKeys,
                                  @DefaultValue Budgets budgets) {

    /** The budget of each kind of caller. */
    public record Budgets(@DefaultValue({"500", "1000"}) Budget provinceStaff,
                          @DefaultValue({"10", "20"}) Budget unitReporter,
                          @DefaultValue({"20", "40"}) Budget viewer,
                          @DefaultValue({"20", "40"}) Budget anonymous) {

        Budget of(Tier tier) {
            return switch (tier) {
                case PROVINCE_STAFF -> provinceStaff;
                case UNIT_REPORTER -> unitReporter;
                case VIEWER -> viewer;
                case ANONYMOUS -> anonymous;
            };
        }
    }

    /**
     * A token bucket: {@code rate} tokens come back every {@code period} (greedily), up to {@code burst}.
     */
    public record Budget(long rate, long burst, @DefaultValue("1s") Duration period) {
    }
}
