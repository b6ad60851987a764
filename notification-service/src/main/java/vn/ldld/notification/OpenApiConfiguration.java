package vn.ldld.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI description of the service, served without a token at {@code /v3/api-docs} (through the gateway:
 * {@code /openapi/notification-service}): every operation needs a bearer JWT; its description says which role.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI notificationServiceApi(@Value("${info.version:0.1.0}") String version) {
        return new OpenAPI().info(new Info()
                        .title("notification-service")
                        .version(version)
                        .description("""
                                Reminders and notices of LĐLĐ tỉnh Tây Ninh to its units: the units' in-app \
                                inboxes, their channel preferences (e-mail, webhook), the delivery log and the \
                                reminder schedule of a plan. Every call needs an access token (RS256 JWT) of the \
                                identity service; a unit reporter sees only its own unit, another unit's objects \
                                answer 404; errors are RFC 9457 problems."""));
    }
}
