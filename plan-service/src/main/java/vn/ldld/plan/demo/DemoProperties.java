package vn.ldld.plan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data ({@code plan.demo.*}).
 *
 * @param enabled whether the demo units and the demo plan are loaded at startup when absent
 */
@ConfigurationProperties("plan.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {
}
