package vn.ldld.plan.units;

/**
 * What a unit listing is restricted to; every null part is no restriction.
 *
 * @param kind only units of this kind
 * @param parentCode only the direct children of this unit
 * @param active only active (true) or inactive (false) units
 * @param text only units whose code, name or short name contain these words, with or without diacritics
 */
public record UnitFilter(UnitKind kind, String parentCode, Boolean active, String text) {
}
