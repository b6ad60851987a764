package vn.ldld.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Buckets in this gateway instance's memory; a caller's bucket is dropped when idle, and there are at most so many. */
final class LocalBuckets {

    private final Cache<String, Bucket> buckets;

    LocalBuckets(RateLimitProperties properties) {
        buckets = Caffeine.newBuilder().expireAfterAccess(properties.idleExpiry()).maximumSize(properties.maxKeys())
                .build();
    }

    ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return buckets.get(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1);
    }
}
