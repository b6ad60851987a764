package vn.ldld.plan.units.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ldld.plan.units.Unit;
import vn.ldld.plan.units.UnitKind;

/**
 * A unit as the API shows it (without its search text).
 *
 * @param code stable id
 * @param name full name
 * @param shortName short name, when it has one
 * @param kind kind of unit
 * @param parentCode code of the parent unit, when it has one
 * @param email contact address
 * @param webhookUrl webhook URL, when it has one
 * @param active whether plans may be addressed to it
 * @param version revision (entity tag)
 * @param createdAt when it was added
 * @param updatedAt when it was last written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitResponse(String code, String name, String shortName, UnitKind kind, String parentCode, String email,
                           String webhookUrl, boolean active, long version, Instant createdAt, Instant updatedAt) {

    /** This unit without its webhook URL. */
    UnitResponse withoutWebhookUrl() {
        return new UnitResponse(code, name, shortName, kind, parentCode, email, null, active, version, createdAt,
                updatedAt);
    }

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentCode(),
                unit.email(), unit.webhookUrl(), unit.active(), unit.version(), unit.createdAt(), unit.updatedAt());
    }
}
