package vn.ldld.analytics.plan;

import java.util.List;

/**
 * The report template of a plan: its indicators and narrative sections, in their published order.
 *
 * @param indicators indicators, never {@code null}
 * @param narrativeSections narrative sections, never {@code null}
 */
public record Template(List<Indicator> indicators, List<NarrativeSection> narrativeSections) {

    public Template {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        narrativeSections = narrativeSections == null ? List.of() : List.copyOf(narrativeSections);
    }
}
