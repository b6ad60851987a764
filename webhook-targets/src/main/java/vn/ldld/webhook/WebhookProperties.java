package vn.ldld.webhook;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where webhooks may go ({@code platform.webhooks.*}).
 *
 * @param plainHttpHosts hosts a webhook may reach over plain http ({@code WEBHOOK_PLAIN_HTTP_HOSTS}): exact names or
 *                       addresses, {@code *.example.vn} for a domain and its sub-domains, {@code *} for any host;
 *                       empty (the default): https only
 * @param internalNetworks internal networks (CIDR, {@code 10.20.0.0/24}) a webhook may reach all the same
 *                         ({@code WEBHOOK_INTERNAL_NETWORKS}), e.g. a province's own integration server; empty (the
 *                         default): none
 */
@ConfigurationProperties("platform.webhooks")
public record WebhookProperties(@DefaultValue List<String> plainHttpHosts,
                                @DefaultValue List<String> internalNetworks) {
}
