package vn.ldld.plan.units;

/** Kind of organisational unit (đơn vị), as in the event contract. */
public enum UnitKind {
    /** LĐLĐ tỉnh. */
    PROVINCIAL_FEDERATION,
    /** LĐLĐ huyện, thị xã, thành phố. */
    DISTRICT_FEDERATION,
    /** Công đoàn ngành và tương đương. */
    SECTOR_UNION,
    /** Công đoàn cơ sở. */
    GRASSROOTS_UNION,
    /** An outside agency that is informed, e.g. Ban Dân vận Tỉnh ủy. */
    PARTNER_AGENCY
}
