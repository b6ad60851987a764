package vn.ldld.report.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit as the plan events describe it; report events carry it as they received it.
 *
 * @param code stable unit code, e.g. {@code LDLD-GD}
 * @param name full Vietnamese name
 * @param shortName short name, absent when the plan gave none
 * @param kind kind of unit, e.g. {@code DISTRICT_FEDERATION}
 * @param parentCode code of the parent unit, null for a top-level unit
 */
public record UnitRef(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String shortName,
                      String kind, @JsonInclude(JsonInclude.Include.ALWAYS) String parentCode) {
}
