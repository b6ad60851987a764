package vn.ldld.report.plan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long intake reuses a plan view it read; the instance that applies a plan event drops its
 *                 copy at once, the other instances see the change within this time (0: read on every request)
 */
@ConfigurationProperties("report.plan-view")
public record PlanViewProperties(@DefaultValue("1s") Duration cacheTtl) {
}
