package vn.ldld.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * Buckets in Redis, shared by every gateway instance (Bucket4j compare-and-swap over Lettuce). Connects lazily and
 * again at most every few seconds after a failure, never blocking a request: while Redis cannot be reached the
 * returned futures fail and the caller falls back to the local buckets.
 */
final class RedisBuckets implements AutoCloseable {

    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);
    private static final String KEY_PREFIX = "gateway:rate-limit:";

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration idleExpiry;
    private final AtomicReference<CompletableFuture<LettuceBasedProxyManager<byte[]>>> manager = new AtomicReference<>();
    private volatile long nextConnectNanos;

    RedisBuckets(String url, Duration timeout, Duration idleExpiry) {
        this.uri = RedisURI.create(url);
        this.uri.setTimeout(timeout);
        this.idleExpiry = idleExpiry;
        this.client = RedisClient.create();
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        manager();
    }

    CompletableFuture<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        byte[] redisKey = (KEY_PREFIX + key).getBytes(StandardCharsets.UTF_8);
        return manager().thenCompose(proxies -> proxies.asAsync().builder().build(redisKey, () ->
                CompletableFuture.completedFuture(configuration)).tryConsumeAndReturnRemaining(1));
    }

    private CompletableFuture<LettuceBasedProxyManager<byte[]>> manager() {
        CompletableFuture<LettuceBasedProxyManager<byte[]>> current = manager.get();
        if (current != null && (!current.isCompletedExceptionally() || System.nanoTime() - nextConnectNanos < 0)) {
            return current;
        }
        CompletableFuture<LettuceBasedProxyManager<byte[]>> fresh = new CompletableFuture<>();
        if (!manager.compareAndSet(current, fresh)) {
            return manager.get();
        }
        nextConnectNanos = System.nanoTime() + RECONNECT_PAUSE.toNanos();
        client.connectAsync(ByteArrayCodec.INSTANCE, uri).whenComplete((connection, error) -> {
            if (error != null) {
                fresh.completeExceptionally(error);
            } else {
                fresh.complete(Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(idleExpiry))
                        .build());
            }
        });
        return fresh;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
