package vn.ldld.analytics.summary;

import java.time.Instant;
import java.util.Map;

/**
 * One must-report unit of a phase: its status and its report.
 *
 * @param code unit code
 * @param name full name
 * @param shortName short name, or {@code null}
 * @param kind unit kind
 * @param parentCode parent unit, or {@code null}
 * @param status where it stands
 * @param reportId its report, or {@code null}
 * @param receiptNumber receipt number (số đến), or {@code null}
 * @param receivedAt first receipt, or {@code null}
 * @param onTime whether the report is on time, after any extension of the deadline ({@link Timeliness}),
 *               {@code null} when not received
 * @param lateSeconds lateness against the deadline it is judged against, 0 when on time or not received
 * @param revision content revision held, 0 when not received
 * @param overdueNotice whether it was found overdue at the deadline in force (even if it reported since)
 * @param remindersSent reminders sent about its report
 * @param values indicator values of the latest revision: numbers, or text for text indicators
 * @param narrative narrative texts of the latest revision by section code
 * @param timeliness on time or not and against which deadline, {@code null} when not received
 */
public record UnitRow(String code, String name, String shortName, String kind, String parentCode, UnitStatus status,
                      String reportId, Integer receiptNumber, Instant receivedAt, Boolean onTime, long lateSeconds,
                      int revision, boolean overdueNotice, int remindersSent, Map<String, Object> values,
                      Map<String, String> narrative, Timeliness timeliness) {

    /** The short name when there is one, else the name, else the code. */
    public String displayName() {
        if (shortName != null && !shortName.isBlank()) {
            return shortName;
        }
        return name != null && !name.isBlank() ? name : code;
    }
}
