package vn.ldld.plan.units;

import java.util.Collection;

/**
 * What a unit listing is restricted to; every null part is no restriction.
 *
 * @param kind only units of this kind
 * @param parentCode only the direct children of this unit
 * @param active only active (true) or inactive (false) units
 * @param text only units whose code, name or short name contain these words, with or without diacritics
 * @param codes only the units with these codes (e.g. a unit and the units below it: what its staff sees)
 */
public record UnitFilter(UnitKind kind, String parentCode, Boolean active, String text, Collection<String> codes) {

    /** A listing of the whole directory. */
    public UnitFilter(UnitKind kind, String parentCode, Boolean active, String text) {
        this(kind, parentCode, active, text, null);
    }
}
