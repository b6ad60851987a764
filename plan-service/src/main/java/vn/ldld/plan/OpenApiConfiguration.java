package vn.ldld.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The OpenAPI description of the service, served at {@code /v3/api-docs} (through the gateway:
 * {@code /openapi/plan-service}). Every operation needs a bearer JWT (scheme declared by service-web); the roles it needs,
 * read from its {@link PreAuthorize} rule, are listed in {@value #ROLES_EXTENSION} and at the end of its description.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** Name of the security scheme. */
    /** Operation extension listing the roles an operation needs (any one of them). */
    public static final String ROLES_EXTENSION = "x-required-roles";

    private static final String IMPLEMENTS = "implementsPlanId";

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Bean
    OpenAPI planServiceApi(@Value("${info.version:0.1.0}") String version) {
        return new OpenAPI().info(new Info()
                .title("plan-service")
                .version(version)
                .description("""
                        Units directory and plans (kế hoạch) of LĐLĐ tỉnh Tây Ninh: drafts, publication with the \
                        issuer's yearly number, amendments, closing and cancelling, announced on the Kafka topic \
                        plan-events (see contracts/). Writes of existing resources need If-Match with the ETag \
                        read; errors are RFC 9457 problems naming the wrong fields. Every call needs a bearer JWT \
                        of the identity service (401 without a valid one); each operation says which roles it \
                        needs (403 for the others): province staff do everything, unit reporters read the \
                        directory and the published plans addressed to their unit, a unit's staff also its unit's \
                        own plans and writes its unit's implementing plans (Kế hoạch triển khai: \
                        POST /api/plans/{id}/implementations), viewers nothing here."""));
    }

    /** Describes the content fields whose meaning the records cannot carry themselves (the domain has no OpenAPI). */
    @Bean
    OpenApiCustomizer contentFields() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            api.getComponents().getSchemas().values().forEach(schema -> {
                if (schema.getProperties() != null && schema.getProperties().get(IMPLEMENTS) instanceof Schema<?> p) {
                    p.setDescription("The published plan this one implements (a district's Kế hoạch triển khai of "
                            + "the province's plan): its id; absent for a plan of its own. The issuer must be a unit "
                            + "that must report on it, the recipients and rules only units below the issuer, and each "
                            + "phase number one of its phases (phase n feeds its phase n). An amendment cannot change "
                            + "it. A unit's staff writes only plans of its own unit that implement another.");
                }
            });
        };
    }

    /** Adds the roles of each operation's {@link PreAuthorize} rule (method, else class) to the description. */
    @Bean
    OperationCustomizer requiredRoles() {
        return (operation, handlerMethod) -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                    PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(), PreAuthorize.class);
            }
            if (rule == null) {
                return operation;
            }
            List<String> roles = new ArrayList<>();
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
            String needs = "Needs the role " + String.join(" or ", roles) + "; other callers get 403.";
            operation.addExtension(ROLES_EXTENSION, roles);
            String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
            operation.setDescription(description.isEmpty() ? needs
                    : description + (description.endsWith(".") ? " " : ". ") + needs);
            return operation;
        };
    }
}
