package vn.ldld.plan;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the service, served at {@code /v3/api-docs} (through the gateway:
 * {@code /openapi/plan-service}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI planServiceApi(@Value("${info.version:0.1.0}") String version) {
        return new OpenAPI().info(new Info()
                .title("plan-service")
                .version(version)
                .description("""
                        Units directory and plans (kế hoạch) of LĐLĐ tỉnh Tây Ninh: drafts, publication with the \
                        issuer's yearly number, amendments, closing and cancelling, announced on the Kafka topic \
                        plan-events (see contracts/). Writes of existing resources need If-Match with the ETag \
                        read; errors are RFC 9457 problems naming the wrong fields."""));
    }
}
