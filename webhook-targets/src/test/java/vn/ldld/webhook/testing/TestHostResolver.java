package vn.ldld.webhook.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.ldld.webhook.HostResolver;

/**
 * The tests' name resolver: answers what a test told it, and nothing else (no test looks a real name up). A name can
 * answer differently in turn (a name rebinding from a public address to an internal one).
 */
public final class TestHostResolver implements HostResolver {

    private final Map<String, List<List<InetAddress>>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    /** {@code host} resolves to {@code addresses}, every time. */
    public void answer(String host, String... addresses) {
        answerInTurn(host, List.of(addresses));
    }

    /** {@code host} resolves to each answer in turn, then to the last one. */
    @SafeVarargs
    public final void answerInTurn(String host, List<String>... inTurn) {
        List<List<InetAddress>> parsed = new ArrayList<>();
        for (List<String> answer : inTurn) {
            parsed.add(answer.stream().map(TestHostResolver::literal).toList());
        }
        lookups.put(host, new AtomicInteger());
        answers.put(host, parsed);
    }

    /** How many times {@code host} was looked up since its answers were set. */
    public int lookups(String host) {
        AtomicInteger count = lookups.get(host);
        return count == null ? 0 : count.get();
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<List<InetAddress>> inTurn = answers.get(host);
        if (inTurn == null) {
            throw new UnknownHostException(host + " (not known to the tests' resolver)");
        }
        int turn = lookups.get(host).getAndIncrement();
        return inTurn.get(Math.min(turn, inTurn.size() - 1));
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address.contains(":") ? "[" + address + "]" : address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    /** Puts a {@link TestHostResolver} in place of the system's resolver. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        TestHostResolver testHostResolver() {
            return new TestHostResolver();
        }
    }
}
