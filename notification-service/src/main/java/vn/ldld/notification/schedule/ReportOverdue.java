package vn.ldld.notification.schedule;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Published on {@code notification-events} (key: {@code unit.code}) once per unit and phase whose deadline passed
 * without a report; schema {@code contracts/schemas/report-overdue.v1.schema.json}.
 */
record ReportOverdue(String planId, String planNumber, int phaseNumber, UnitRef unit, Instant deadline,
                     Instant detectedAt) {

    static final String TYPE = "vn.ldld.notification.report-overdue.v1";

    /** The unit as in the contract: {@code parentCode} always present (null for a top-level unit). */
    record UnitRef(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String shortName,
                   String kind, String parentCode) {

        static UnitRef of(Addressee unit) {
            return new UnitRef(unit.code(), unit.name(), unit.shortName(),
                    unit.kind() != null ? unit.kind() : "GRASSROOTS_UNION", unit.parentCode());
        }
    }
}
