package vn.ldld.analytics.unit;

/**
 * A unit as an event carries it.
 *
 * @param code unit code, e.g. {@code LDLD-GD}
 * @param name full Vietnamese name, e.g. "Liên đoàn Lao động huyện Gò Dầu"
 * @param shortName short name, or {@code null}
 * @param kind kind as published (e.g. {@code DISTRICT_FEDERATION}); unknown kinds are kept as they are
 * @param parentCode code of the parent unit, or {@code null}
 */
public record Unit(String code, String name, String shortName, String kind, String parentCode) {

    /** A unit known only by its code and parent (review events carry no more). */
    public static Unit of(String code, String parentCode) {
        return new Unit(code, null, null, null, parentCode);
    }

    /** The short name when there is one, else the name, else the code. */
    public String displayName() {
        if (shortName != null && !shortName.isBlank()) {
            return shortName;
        }
        return name != null && !name.isBlank() ? name : code;
    }
}
