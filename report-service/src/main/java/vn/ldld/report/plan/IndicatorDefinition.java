package vn.ldld.report.plan;

/**
 * One indicator (chỉ tiêu) of a plan's report template.
 *
 * @param code indicator code, e.g. {@code PROPAGANDA_SESSIONS}
 * @param type {@code COUNT}, {@code DECIMAL}, {@code MONEY_VND} or {@code TEXT}; a later type is kept as sent
 * @param required whether every report must give it
 */
public record IndicatorDefinition(String code, String type, boolean required) {
}
