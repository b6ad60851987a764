package vn.ldld.notification.schedule;

/**
 * What the scheduler asks about reports just before sending, so that a report read before its plan, or a report
 * that arrives while a reminder is in flight, still stops the reminder. Implemented by the report feature.
 */
public interface ReportLedger {

    /** Whether the unit has submitted a report (of any revision) for the phase. */
    boolean hasReported(String planId, int phaseNumber, String unitCode);

    /** Whether the unit's report for the phase is still returned for revision at {@code revision}. */
    boolean awaitsRevision(String planId, int phaseNumber, String unitCode, int revision);
}
