package vn.ldld.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Who must wait before trying again, and how long. An account (sign-in) or a client (client authentication) that
 * fails {@code freeFailures} times in a row waits {@code firstWait}, then twice as long after each further failure,
 * at most {@code maxWait}; a success forgets its failures. Each client address also has a failure budget (a Bucket4j
 * token bucket) shared by everything it tries, so trying one password on many accounts is slowed down too. While a
 * wait is in force the attempt is refused before any password or secret is checked. State is in this instance's
 * memory, bounded and forgotten when idle.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_KEY_LENGTH = 200;

    private final ThrottleProperties properties;
    private final Clock clock;
    private final Cache<String, Failures> failures;
    private final Cache<String, Bucket> addresses;
    private final Counter refused;
    private final Counter failed;

    @Autowired
    public SignInThrottle(ThrottleProperties properties, MeterRegistry meters) {
        this(properties, meters, Clock.systemUTC());
    }

    SignInThrottle(ThrottleProperties properties, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().expireAfterWrite(properties.forgetAfter().plus(properties.maxWait()))
                .maximumSize(properties.maxTracked()).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(properties.address().per())
                .maximumSize(properties.maxTracked()).build();
        this.refused = Counter.builder("identity.signin.throttled")
                .description("Sign-ins and client authentications refused because the account, client or address "
                        + "must wait").register(meters);
        this.failed = Counter.builder("identity.signin.failures")
                .description("Failed sign-ins and client authentications").register(meters);
    }

    /**
     * @param subject the account ({@link #account}) or client ({@link #client}) trying, or {@code null} if unknown
     * @param address the client address
     * @return how long it must still wait, if it must
     */
    public Optional<Duration> waitFor(String subject, String address) {
        Optional<Duration> wait = currentWait(subject, address);
        wait.ifPresent(refusal -> refused.increment());
        return wait;
    }

    private Optional<Duration> currentWait(String subject, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Failures subjectFailures = subject == null ? null : failures.getIfPresent(subject);
        if (subjectFailures != null && subjectFailures.blockedUntil() != null
                && subjectFailures.blockedUntil().isAfter(now)) {
            wait = Duration.between(now, subjectFailures.blockedUntil());
        }
        Bucket bucket = addresses.getIfPresent(address);
        if (bucket != null) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            if (nanos > 0 && Duration.ofNanos(nanos).compareTo(wait) > 0) {
                wait = Duration.ofNanos(nanos);
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failure against the subject (if known) and the address; returns the wait now in force, if any. */
    public Optional<Duration> failed(String subject, String address) {
        failed.increment();
        Instant now = clock.instant();
        if (subject != null) {
            Failures after = failures.asMap().compute(subject, (key, before) -> next(before, now));
            if (after.blockedUntil() != null) {
                log.atWarn().setMessage("Sign-in attempts held back after repeated failures")
                        .addKeyValue("subject", subject).addKeyValue("failures", after.count())
                        .addKeyValue("waitSeconds", Duration.between(now, after.blockedUntil()).toSeconds()).log();
            }
        }
        addresses.get(address, key -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(properties.address().failures())
                .refillGreedy(properties.address().failures(), properties.address().per())
                .build()).build()).tryConsume(1);
        return currentWait(subject, address);
    }

    /** A success: the subject's failures are forgotten (the address's budget is not given back). */
    public void succeeded(String subject) {
        if (subject != null) {
            failures.invalidate(subject);
        }
    }

    /** The key of an account: its username as typed, in lower case. */
    public static String account(String username) {
        return username == null ? null : "account:" + bounded(username.strip().toLowerCase(Locale.ROOT));
    }

    /** The key of an OAuth client. */
    public static String client(String clientId) {
        return clientId == null || clientId.isBlank() ? null : "client:" + bounded(clientId);
    }

    private Failures next(Failures before, Instant now) {
        int count = before == null || before.last().plus(properties.forgetAfter()).isBefore(now) ? 1
                : before.count() + 1;
        if (count < properties.freeFailures()) {
            return new Failures(count, now, null);
        }
        int doublings = Math.min(count - properties.freeFailures(), 30);
        Duration wait = properties.firstWait().multipliedBy(1L << doublings);
        if (wait.compareTo(properties.maxWait()) > 0 || wait.isNegative()) {
            wait = properties.maxWait();
        }
        return new Failures(count, now, now.plus(wait));
    }

    private static String bounded(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    /** Failures in a row of one account or client, the last one, and until when it must wait. */
    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
