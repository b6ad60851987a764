package vn.ldld.analytics.plan;

import java.util.Set;

/**
 * An indicator (chỉ tiêu) of the plan's report template.
 *
 * @param code e.g. {@code PROPAGANDA_SESSIONS}
 * @param label Vietnamese label, e.g. "Số buổi tuyên truyền"
 * @param type {@code COUNT}, {@code DECIMAL}, {@code MONEY_VND}, {@code TEXT}, or a type added later
 * @param unitOfMeasure e.g. "buổi", "km", "đồng"
 * @param required whether every report must give it
 */
public record Indicator(String code, String label, String type, String unitOfMeasure, boolean required) {

    private static final Set<String> NUMERIC = Set.of("COUNT", "DECIMAL", "MONEY_VND");

    /** Whether its values add up (sum, min, max and mean make sense). */
    public boolean numeric() {
        return NUMERIC.contains(type);
    }

    /** Whether its values are whole numbers (counts and money in đồng). */
    public boolean whole() {
        return "COUNT".equals(type) || "MONEY_VND".equals(type);
    }
}
