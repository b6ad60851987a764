package vn.ldld.analytics.plan;

/**
 * A narrative section of the report template, e.g. {@code RESULTS} "Kết quả thực hiện".
 *
 * @param code section code
 * @param label Vietnamese label
 */
public record NarrativeSection(String code, String label) {
}
