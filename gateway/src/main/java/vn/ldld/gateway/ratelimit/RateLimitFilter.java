package vn.ldld.gateway.ratelimit;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import vn.ldld.gateway.edge.ClientAddresses;
import vn.ldld.gateway.error.ProblemResponder;

/**
 * A token bucket per caller, checked after authentication: the verified token's subject with the budget of its
 * role, or the client address for anonymous calls. Over budget: 429 problem+json with {@code Retry-After}.
 * With Redis configured the buckets are shared by all instances; when Redis fails or is slower than the timeout,
 * this instance's own bucket decides (a local limit, never no limit) and the error is counted.
 */
@Component
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter implements WebFilter, DisposableBean {

    /** Just after Spring Security's filter chain (order -100), so the verified caller is known. */
    static final int ORDER = -99;

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final RateLimitProperties properties;
    private final ClientAddresses clients;
    private final ProblemResponder problems;
    private final LocalBuckets local;
    private final RedisBuckets redis;
    private final Map<Tier, BucketConfiguration> configurations;
    private final Map<Tier, Counter> limited = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Counter storeErrors;
    private final AtomicLong lastStoreErrorLog = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

    RateLimitFilter(RateLimitProperties properties, ClientAddresses clients, ProblemResponder problems,
                    MeterRegistry meters) {
        this.properties = properties;
        this.clients = clients;
        this.problems = problems;
        this.meters = meters;
        this.local = new LocalBuckets(properties);
        this.redis = properties.redisUrl() == null || properties.redisUrl().isBlank() ? null
                : new RedisBuckets(properties.redisUrl(), properties.redisTimeout(), properties.idleExpiry());
        this.configurations = Arrays.stream(Tier.values()).collect(Collectors.toMap(tier -> tier,
                tier -> configuration(properties.budgets().of(tier))));
        this.storeErrors = Counter.builder("gateway.rate.limit.store.errors")
                .description("Rate limit checks the shared store failed to answer in time; the local bucket decided")
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (unmetered(exchange)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance).cast(Authentication.class)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> new Caller(Tier.of(authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).toList()), "sub:" + authentication.getName()))
                .defaultIfEmpty(new Caller(Tier.ANONYMOUS, "ip:" + clients.clientAddress(exchange.getRequest())))
                .flatMap(caller -> consume(caller).flatMap(probe -> probe.isConsumed() ? chain.filter(exchange)
                        : tooMany(exchange, caller, probe)));
    }

    /**
     * The actuator, and the console's content-hashed files ({@code GET /assets/...}): the gateway serves those itself
     * and no service works for them, while one page of the console loads twenty or more at once; charged to a unit
     * reporter's budget (a burst of 20), they made a page fail to load a script with 429.
     */
    private static boolean unmetered(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        HttpMethod method = exchange.getRequest().getMethod();
        return path.startsWith("/actuator/")
                || path.startsWith("/assets/") && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method));
    }

    /**
     * A call the gateway refuses for want of a valid token (no token, expired, forged...) never reaches the
     * per-caller check, which needs a verified caller: it is charged to its client address's anonymous budget
     * instead, and over that budget the answer is 429 with {@code Retry-After} rather than {@code unauthorized}.
     * A client flooding with bad or missing tokens is thus limited like any anonymous caller, while callers with
     * valid tokens behind the same address keep their own budgets.
     */
    public Mono<Void> refuseUnauthenticated(ServerWebExchange exchange, Supplier<Mono<Void>> unauthorized) {
        Caller caller = new Caller(Tier.ANONYMOUS, "ip:" + clients.clientAddress(exchange.getRequest()));
        return consume(caller).flatMap(probe -> probe.isConsumed() ? unauthorized.get()
                : tooMany(exchange, caller, probe));
    }

    private Mono<ConsumptionProbe> consume(Caller caller) {
        String key = caller.tier().name() + ":" + caller.key();
        BucketConfiguration configuration = configurations.get(caller.tier());
        if (redis == null) {
            return Mono.fromSupplier(() -> local.tryConsume(key, configuration));
        }
        return Mono.fromFuture(() -> redis.tryConsume(key, configuration))
                .timeout(properties.redisTimeout())
                .onErrorResume(error -> {
                    storeFailed(error);
                    return Mono.fromSupplier(() -> local.tryConsume(key, configuration));
                });
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Caller caller, ConsumptionProbe probe) {
        limited.computeIfAbsent(caller.tier(), tier -> Counter.builder("gateway.rate.limited")
                .description("Requests refused because the caller was over its budget")
                .tag("role", tier.name()).register(meters)).increment();
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return problems.respond(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this caller; try again in " + retryAfter + " s.",
                headers -> headers.set("Retry-After", Long.toString(retryAfter)));
    }

    private void storeFailed(Throwable error) {
        storeErrors.increment();
        long now = System.nanoTime();
        long last = lastStoreErrorLog.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastStoreErrorLog.compareAndSet(last, now)) {
            log.atWarn().setMessage("Rate limit store unavailable; each gateway instance limits on its own meanwhile")
                    .addKeyValue("error", error.toString()).log();
        }
    }

    private static BucketConfiguration configuration(RateLimitProperties.Budget budget) {
        return BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(budget.burst())
                .refillGreedy(budget.rate(), budget.period()).initialTokens(budget.burst()).build()).build();
    }

    @Override
    public void destroy() {
        if (redis != null) {
            redis.close();
        }
    }

    private record Caller(Tier tier, String key) {
    }
}
