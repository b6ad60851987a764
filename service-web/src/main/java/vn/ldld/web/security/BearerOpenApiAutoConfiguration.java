package vn.ldld.web.security;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * For a service that documents its API with springdoc: the document declares the bearer JWT scheme and requires it
 * of every operation, and a controller's {@link Caller} parameter (it comes from the token) is no request
 * parameter. Each service's own {@code OpenAPI} bean keeps only its title and description.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class BearerOpenApiAutoConfiguration {

    /** Name of the security scheme every operation requires. */
    public static final String BEARER_JWT = "bearer-jwt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenApiCustomizer bearerTokenRequired() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(BEARER_JWT, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("Access token (RS256) of the platform's identity service, audience ldld-api: "
                            + "roles in `roles` (PROVINCE_STAFF, UNIT_REPORTER, UNIT_STAFF, VIEWER), a unit account's unit "
                            + "code in `unit`. Without a valid one: 401."));
            api.setSecurity(null);
            api.addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
        };
    }
}
