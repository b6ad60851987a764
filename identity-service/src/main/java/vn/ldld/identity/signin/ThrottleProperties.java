package vn.ldld.identity.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins and client authentications are slowed down ({@code identity.throttle}).
 *
 * @param freeFailures failures in a row an account or a client may have before it must wait
 * @param firstWait    the first wait; each further failure doubles it
 * @param maxWait      the longest wait
 * @param forgetAfter  failures are forgotten this long after the last one (and a success forgets them at once)
 * @param maxTracked   most accounts, clients and addresses remembered at once (memory stays bounded)
 * @param address      the failure budget of each client address
 */
@ConfigurationProperties("identity.throttle")
public record ThrottleProperties(@DefaultValue("5") int freeFailures,
                                 @DefaultValue("30s") Duration firstWait,
                                 @DefaultValue("15m") Duration maxWait,
                                 @DefaultValue("1h") Duration forgetAfter,
                                 @DefaultValue("100000") long maxTracked,
                                 @DefaultValue Address address) {

    /**
     * @param failures failures one address may have (all accounts and clients together) before it must wait
     * @param per      the period over which that budget comes back, evenly
     */
    public record Address(@DefaultValue("30") long failures, @DefaultValue("10m") Duration per) {
    }
}
