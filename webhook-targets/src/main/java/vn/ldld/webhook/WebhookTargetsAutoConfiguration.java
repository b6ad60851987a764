package vn.ldld.webhook;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The {@link WebhookTargets} of a service, with the system's resolver unless the service gives its own. */
@AutoConfiguration
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookTargetsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HostResolver hostResolver() {
        return HostResolver.SYSTEM;
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookTargets webhookTargets(WebhookProperties properties, HostResolver resolver) {
        return new WebhookTargets(properties, resolver);
    }
}
