package vn.ldld.analytics.summary;

import java.math.BigDecimal;

/**
 * Totals of one numeric indicator over the reports of must-report units (latest revision of each).
 *
 * @param code indicator code
 * @param label Vietnamese label from the template
 * @param unitOfMeasure unit of measure from the template
 * @param type indicator type
 * @param reports reports giving a value
 * @param sum sum of the values (0 when none)
 * @param min smallest value, {@code null} when none
 * @param max largest value, {@code null} when none
 * @param mean sum / reports with 2 decimals, {@code null} when none
 */
public record IndicatorTotal(String code, String label, String unitOfMeasure, String type, int reports,
                             BigDecimal sum, BigDecimal min, BigDecimal max, BigDecimal mean) {
}
