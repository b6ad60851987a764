package vn.ldld.plan.plans;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The report template every reporting unit fills in for each phase.
 *
 * @param indicators indicators, in display order
 * @param narrativeSections narrative sections, in display order
 */
public record ReportTemplate(
        @Size(max = Limits.INDICATORS) List<@NotNull @Valid Indicator> indicators,
        @Size(max = 20) List<@NotNull @Valid NarrativeSection> narrativeSections) {

    public ReportTemplate {
        indicators = Lists.of(indicators);
        narrativeSections = Lists.of(narrativeSections);
    }

    /** A template with neither indicators nor narrative sections. */
    public static ReportTemplate empty() {
        return new ReportTemplate(List.of(), List.of());
    }
}
