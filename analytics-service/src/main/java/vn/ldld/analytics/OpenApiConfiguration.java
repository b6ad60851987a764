package vn.ldld.analytics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI description of the service, served without a token at {@code /v3/api-docs} (through the gateway:
 * {@code /openapi/analytics-service}): every operation needs a bearer JWT; its description says which role.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI analyticsServiceApi(@Value("${info.version:0.1.0}") String version) {
        return new OpenAPI().info(new Info()
                        .title("analytics-service")
                        .version(version)
                        .description("""
                                Live read models of LĐLĐ tỉnh Tây Ninh's campaign reporting, built from the \
                                plan, report and notification events: who reported in each phase, on time or late, \
                                who is missing or overdue, indicator totals, roll-ups, the submission curve, the \
                                tree of a phase down the levels of plans that cascade (implementsPlanId), and the \
                                consolidated report's exports. Every call needs an access token (RS256 JWT) of the \
                                identity service: reads are for province staff and viewers (outside systems' \
                                machine clients), and for the staff of a unit (UNIT_STAFF) on the plans its unit \
                                issued; the rebuild for province staff only; errors are RFC 9457 problems."""));
    }
}
