package vn.ldld.analytics.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ldld.analytics.plan.Indicator;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.UnitRow;
import vn.ldld.analytics.summary.UnitStatus;

/** Vietnamese wording and groupings shared by the exports. */
final class Labels {

    static final String NO_PARENT = "(không có đơn vị cấp trên)";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Labels() {
    }

    static String status(UnitStatus status) {
        return switch (status) {
            case MISSING -> "Chưa báo cáo";
            case OVERDUE -> "Quá hạn, chưa báo cáo";
            case SUBMITTED -> "Đã gửi, chờ xem xét";
            case RESUBMITTED -> "Đã gửi lại, chờ xem xét";
            case RETURNED -> "Trả lại để bổ sung";
            case ACCEPTED -> "Đã tiếp nhận";
        };
    }

    /** "Đúng hạn", "Trễ hạn", or "Đúng hạn (gia hạn)" when an extension of the deadline made it on time. */
    static String onTime(UnitRow row) {
        if (row.onTime() == null) {
            return "";
        }
        if (extended(row)) {
            return "Đúng hạn (gia hạn)";
        }
        return row.onTime() ? "Đúng hạn" : "Trễ hạn";
    }

    /** As {@link #onTime(UnitRow)}, naming the extended deadline: "Đúng hạn (gia hạn đến 28/07/2023 17:00)". */
    static String onTime(UnitRow row, ZoneId zone) {
        return extended(row) ? "Đúng hạn (gia hạn đến " + dateTime(row.timeliness().deadline(), zone) + ")"
                : onTime(row);
    }

    /** The deadline the unit's report is judged against now, "" when not received. */
    static String deadline(UnitRow row, ZoneId zone) {
        return row.timeliness() == null ? "" : dateTime(row.timeliness().deadline(), zone);
    }

    /** Whether an extension of the deadline (gia hạn) made the unit's late report on time. */
    static boolean extended(UnitRow row) {
        return row.timeliness() != null && row.timeliness().onTimeByExtension();
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "label (unit of measure)". */
    static String header(Indicator indicator) {
        return indicator.unitOfMeasure() == null || indicator.unitOfMeasure().isBlank() ? indicator.label()
                : indicator.label() + " (" + indicator.unitOfMeasure() + ")";
    }

    static List<Indicator> numericIndicators(PhaseAnalysis analysis) {
        return analysis.plan().content().template().indicators().stream().filter(Indicator::numeric).toList();
    }

    /** The indicators whose values are text (notes), in template order. */
    static List<Indicator> textIndicators(PhaseAnalysis analysis) {
        return analysis.plan().content().template().indicators().stream().filter(i -> !i.numeric()).toList();
    }

    /** The units grouped by their direct parent, groups in order of first appearance. */
    static Map<String, List<UnitRow>> byParent(List<UnitRow> rows) {
        Map<String, List<UnitRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.parentCode() == null ? "" : row.parentCode(),
                p -> new ArrayList<>()).add(row));
        return groups;
    }

    static String parentName(PhaseAnalysis analysis, String parentCode) {
        if (parentCode.isEmpty()) {
            return NO_PARENT;
        }
        String name = analysis.hierarchy().unit(parentCode).name();
        return name != null ? name : parentCode;
    }

    static List<UnitRow> late(PhaseAnalysis analysis) {
        return analysis.units().stream().filter(r -> Boolean.FALSE.equals(r.onTime())).toList();
    }

    static List<UnitRow> missing(PhaseAnalysis analysis) {
        return analysis.units().stream().filter(r -> !r.status().reported()).toList();
    }
}
