package vn.ldld.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ldld.platform.ServiceInstance;
import vn.ldld.web.testing.ErrorAnswers;
import vn.ldld.web.testing.Exposure;
import vn.ldld.web.testing.RawHttp;

/**
 * What each service exposes on the running platform, as someone who skips the gateway finds it: the API and its
 * probes on the service's port, on loopback only; metrics and the full health on the management port the platform
 * gave that instance; what Tomcat or the firewall refuses answered as a problem.
 */
class ServiceExposureTests {

    static PlatformUnderTest platform;
    static List<ServiceInstance> services;

    @BeforeAll
    static void thePlatform() {
        platform = PlatformUnderTest.get();
        services = platform.config.instances().stream().filter(instance -> instance.managementPort() > 0).toList();
        assertThat(services).extracting(instance -> instance.spec().name())
                .containsExactlyInAnyOrderElementsOf(EdgeSecurityTests.SERVICES);
    }

    @Test
    void eachServiceServesItsProbesBesideItsApiAndItsMetricsApart() throws Exception {
        for (ServiceInstance service : services) {
            Exposure.assertProbesOnTheApiPortAndActuatorApart(service.port(), service.managementPort());
            Exposure.assertOnlyOnLoopback(service.port(), service.managementPort());
            assertThat(RawHttp.send(service.managementPort(), "GET", "/actuator/prometheus", null).body())
                    .contains("application=\"" + service.spec().name() + "\"");
        }
    }

    @Test
    void whatTomcatOrTheFirewallRefusesIsAProblemWithTheCorrelationId() {
        for (ServiceInstance service : services) {
            for (String target : List.of("/api/units?unit[$ne]=x", "/api/units;x=1")) {
                ErrorAnswers.assertProblem(service.name() + " " + target,
                        RawHttp.send(service.port(), "GET", target, null), 400);
            }
        }
    }
}
