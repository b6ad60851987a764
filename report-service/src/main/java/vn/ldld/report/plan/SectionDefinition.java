package vn.ldld.report.plan;

/**
 * One narrative section of a plan's report template.
 *
 * @param code section code, e.g. {@code RESULTS}
 * @param required whether every report must fill it
 * @param maxLength the template's length limit in characters, null when it set none
 */
public record SectionDefinition(String code, boolean required, Integer maxLength) {
}
