package vn.ldld.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook URLs and addresses are refused, when set and when called. */
class WebhookTargetsTests {

    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.ldld-godau.vn", List.of("14.225.10.20"),
            "inside.example.vn", List.of("14.225.10.20", "10.0.0.7"),
            "metadata.example.vn", List.of("169.254.169.254"),
            "v6.example.vn", List.of("2402:800:1::1"),
            "mapped.example.vn", List.of("::ffff:c0a8:0101"),
            "integration.tayninh.vn", List.of("10.20.0.5"));

    private final WebhookTargets targets = targets(List.of("*.test", "receiver.tayninh.vn"), List.of("10.20.0.0/24"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:18998/x", "http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.1:8084/api/analytics/rebuild", "http://[::1]:8080/", "http://0x7f000001:18999/",
            "https://2130706433/", "https://017700000001/", "https://127.1/", "https://0177.0.0.1/",
            "https://0x7f.1/", "https://127.0.0.1./", "https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/",
            "https://[0:0:0:0:0:ffff:a9fe:a9fe]/", "https://[::127.0.0.1]/", "https://[::10.0.0.1]/",
            "https://localhost:8443/", "https://LOCALHOST/", "https://localhost./", "https://a.b.localhost/",
            "https://10.0.0.1/", "https://10.20.1.1/", "https://172.16.0.1/", "https://172.31.255.255/",
            "https://192.168.0.1/", "https://100.64.0.1/", "https://100.127.255.254/", "https://169.254.0.1/",
            "https://0.0.0.0/", "https://0/", "https://[::]/", "https://[fc00::1]/", "https://[fd12:3456::1]/",
            "https://[fe80::1]/", "https://[febf::1]/", "https://[fec0::1]/", "https://224.0.0.1/",
            "https://239.255.255.250/", "https://[ff02::1]/", "https://[ff0e::1]/", "https://255.255.255.255/",
            "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:7f00:1::]/", "https://[2002:0a00:0001::1]/",
            "https://[2001:0:4136:e378::1]/", "https://192.0.2.2/"})
    void internalAddressesAreRefusedInWordsAUserUnderstands(String url) {
        assertThat(targets.refusal(url)).as(url).contains(WebhookTargets.INTERNAL);
    }

    @Test
    void oddSpellingsOfAPublicAddressAreRefusedToo() {
        assertThat(targets.refusal("https://0x0ee10a14/")).contains(WebhookTargets.ODD_IP);
        assertThat(targets.refusal("https://250677780/")).contains(WebhookTargets.ODD_IP);
        assertThat(targets.refusal("https://14.225.010.20/")).contains(WebhookTargets.ODD_IP);
        assertThat(targets.refusal("https://14.225.2580/")).contains(WebhookTargets.ODD_IP);
        assertThat(targets.refusal("https://14.225.10.20/hook")).isEmpty();
        assertThat(targets.refusal("https://1.2.3.999/")).contains(WebhookTargets.BAD_IP);
        assertThat(targets.refusal("https://1.2.3.4.5/")).contains(WebhookTargets.BAD_IP);
        assertThat(targets.refusal("https://0x7f.ldld-godau.vn/")).isEmpty(); // a name: its last label is no number
    }

    @Test
    void namesAreCheckedByTheirAddressesWhenSet() {
        assertThat(targets.refusal("https://hooks.ldld-godau.vn/ldld")).isEmpty();
        assertThat(targets.refusal("https://v6.example.vn/ldld")).isEmpty();
        assertThat(targets.refusal("https://inside.example.vn/")).contains(WebhookTargets.RESOLVES_INTERNAL);
        assertThat(targets.refusal("https://metadata.example.vn/")).contains(WebhookTargets.RESOLVES_INTERNAL);
        assertThat(targets.refusal("https://mapped.example.vn/")).contains(WebhookTargets.RESOLVES_INTERNAL);
        assertThat(targets.refusal("https://not-yet-there.example.vn/")).as("decided when called").isEmpty();
        assertThat(targets.refusalWithoutLookup("https://inside.example.vn/")).isEmpty();
    }

    @Test
    void plainHttpOnlyToTheListedHosts() {
        assertThat(targets.refusal("http://hooks.ldld-godau.vn/ldld")).contains(WebhookTargets.HTTPS_ONLY);
        assertThat(targets.refusal("http://receiver.tayninh.vn/ldld")).isEmpty();
        assertThat(targets.refusal("http://a.receiver.tayninh.vn/ldld")).contains(WebhookTargets.HTTPS_ONLY);
        assertThat(targets.refusal("http://hooks.test/ldld")).isEmpty();
        assertThat(targets.refusal("http://a.b.test/ldld")).isEmpty();
        assertThat(targets.refusal("http://test/ldld")).contains(WebhookTargets.HTTPS_ONLY);
        assertThat(targets(List.of(), List.of()).refusal("http://hooks.test/ldld")).contains(WebhookTargets.HTTPS_ONLY);
        assertThat(targets(List.of("*"), List.of()).refusal("http://hooks.ldld-godau.vn/")).isEmpty();
        assertThat(targets(List.of("*"), List.of()).refusal("http://127.0.0.1/")).contains(WebhookTargets.INTERNAL);
    }

    @Test
    void malformedUrlsAndCredentialsAreRefused() {
        assertThat(targets.refusal("ftp://hooks.ldld-godau.vn/")).contains(WebhookTargets.NOT_A_URL);
        assertThat(targets.refusal("/hooks")).contains(WebhookTargets.NOT_A_URL);
        assertThat(targets.refusal("https://")).contains(WebhookTargets.NOT_A_URL);
        assertThat(targets.refusal("https://a b/")).contains(WebhookTargets.NOT_A_URL);
        assertThat(targets.refusal("https://under_score.vn/")).contains(WebhookTargets.NOT_A_URL);
        assertThat(targets.refusal("https://user:pw@hooks.ldld-godau.vn/")).contains(WebhookTargets.USER_INFO);
        assertThat(targets.refusal("https://hooks.ldld-godau.vn@127.0.0.1/")).isPresent();
        assertThat(targets.refusal("https://[fe80::1%25eth0]/")).isPresent();
    }

    @Test
    void configuredInternalNetworksAreAllowed() {
        assertThat(targets.refusal("https://10.20.0.9/hook")).isEmpty();
        assertThat(targets.refusal("https://integration.tayninh.vn/hook")).isEmpty();
        assertThat(targets.refusal("https://10.20.1.9/hook")).contains(WebhookTargets.INTERNAL);
    }

    @Test
    void whenCalledEveryAddressIsCheckedAndOnlyCheckedAddressesAreGiven() throws Exception {
        assertThat(targets.addressesOf("hooks.ldld-godau.vn")).containsExactly(address("14.225.10.20"));
        assertThat(targets.addressesOf("14.225.10.20")).containsExactly(address("14.225.10.20"));
        assertThat(targets.addressesOf("integration.tayninh.vn")).containsExactly(address("10.20.0.5"));
        assertThatThrownBy(() -> targets.addressesOf("inside.example.vn")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("10.0.0.7").hasMessageContaining("private");
        assertThatThrownBy(() -> targets.addressesOf("127.0.0.1")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> targets.addressesOf("[::1]")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> targets.addressesOf("::1")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> targets.addressesOf("0x7f000001")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> targets.addressesOf("0x0ee10a14")).as("odd spelling of a public address")
                .isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> targets.addressesOf("localhost")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> targets.addressesOf("gone.example.vn")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(RefusedAddressException.class);
    }

    @Test
    void aBadInternalNetworkSettingStopsTheService() {
        assertThatThrownBy(() -> targets(List.of(), List.of("intranet"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets(List.of(), List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static WebhookTargets targets(List<String> plainHttpHosts, List<String> internalNetworks) {
        return new WebhookTargets(new WebhookProperties(plainHttpHosts, internalNetworks), host -> {
            List<String> answer = DNS.get(host);
            if (answer == null) {
                throw new UnknownHostException(host);
            }
            return answer.stream().map(WebhookTargetsTests::address).toList();
        });
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
