package vn.ldld.analytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.Indicator;
import vn.ldld.analytics.report.ReportFact;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.PhaseSummary;
import vn.ldld.analytics.summary.UnitRow;

/**
 * The phase as an XLSX workbook for the upward report, with Vietnamese headers, thousands separators and frozen
 * header rows: "Tổng hợp" (completeness and timeliness), "Chỉ tiêu theo đơn vị" (units × indicators, a subtotal
 * per parent unit and a grand total) and "Trễ hạn - Chưa báo cáo" (late units, then missing ones).
 */
@Component
public class PhaseWorkbook {

    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String UNITS_SHEET = "Chỉ tiêu theo đơn vị";
    static final String LATE_SHEET = "Trễ hạn - Chưa báo cáo";

    public byte[] write(PhaseAnalysis analysis) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summarySheet(workbook.createSheet(SUMMARY_SHEET), analysis, styles);
            unitsSheet(workbook.createSheet(UNITS_SHEET), analysis, styles);
            lateSheet(workbook.createSheet(LATE_SHEET), analysis, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summarySheet(Sheet sheet, PhaseAnalysis analysis, Styles styles) {
        PhaseSummary s = analysis.summary();
        ZoneId zone = analysis.zone();
        text(sheet.createRow(0), 0, "Chỉ tiêu", styles.header);
        text(sheet.getRow(0), 1, "Giá trị", styles.header);
        Object[][] rows = {
                {"Kế hoạch", s.planNumber() + " – " + s.planTitle()},
                {"Đợt", s.phaseName()},
                {"Hạn báo cáo", Labels.dateTime(s.reportDeadline(), zone)},
                {"Số đơn vị phải báo cáo", s.expected()},
                {"Số đơn vị đã báo cáo", s.submitted()},
                {"Báo cáo đúng hạn", s.onTime()},
                {"Báo cáo trễ hạn", s.late()},
                {"Chưa báo cáo", s.missing()},
                {"Quá hạn, chưa báo cáo", s.overdue()},
                {"Bị trả lại để bổ sung", s.returned()},
                {"Đã tiếp nhận", s.accepted()},
                {"Tỷ lệ báo cáo (%)", s.completenessRate()},
                {"Tỷ lệ báo cáo đúng hạn (%)", s.timelinessRate()},
                {"Độ trễ trung bình (giờ)", hours(s.averageLatenessSeconds())},
                {"Độ trễ lớn nhất (giờ)", hours(s.maxLatenessSeconds())}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 1);
            text(row, 0, (String) rows[i][0], null);
            Object value = rows[i][1];
            if (value instanceof Integer count) {
                number(row, 1, BigDecimal.valueOf(count), styles.whole);
            } else if (value instanceof BigDecimal decimal) {
                number(row, 1, decimal, styles.decimal);
            } else if (value != null) {
                text(row, 1, value.toString(), null);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private static void unitsSheet(Sheet sheet, PhaseAnalysis analysis, Styles styles) {
        List<Indicator> indicators = Labels.numericIndicators(analysis);
        Row header = sheet.createRow(0);
        List<Indicator> texts = Labels.textIndicators(analysis);
        List<String> titles = new ArrayList<>(List.of("STT", "Mã đơn vị", "Đơn vị", "Trạng thái",
                "Đúng hạn / Trễ hạn"));
        indicators.forEach(i -> titles.add(Labels.header(i)));
        texts.forEach(i -> titles.add(i.label()));
        for (int i = 0; i < titles.size(); i++) {
            text(header, i, titles.get(i), styles.header);
        }
        int rowIndex = 1;
        int stt = 0;
        for (Map.Entry<String, List<UnitRow>> group : Labels.byParent(analysis.units()).entrySet()) {
            for (UnitRow unit : group.getValue()) {
                Row row = sheet.createRow(rowIndex++);
                number(row, 0, BigDecimal.valueOf(++stt), null);
                text(row, 1, unit.code(), null);
                text(row, 2, unit.name() != null ? unit.name() : unit.code(), null);
                text(row, 3, Labels.status(unit.status()), null);
                text(row, 4, Labels.onTime(unit, analysis.zone()), null);
                for (int i = 0; i < indicators.size(); i++) {
                    if (unit.values().get(indicators.get(i).code()) instanceof BigDecimal value) {
                        number(row, 5 + i, value, styles.forIndicator(indicators.get(i), false));
                    }
                }
                for (int i = 0; i < texts.size(); i++) {
                    Object note = unit.values().get(texts.get(i).code());
                    if (note != null) {
                        text(row, 5 + indicators.size() + i, note.toString(), null);
                    }
                }
            }
            totalRow(sheet.createRow(rowIndex++), "Cộng: " + Labels.parentName(analysis, group.getKey()),
                    indicators, reportsOf(analysis, group.getValue()), styles);
        }
        totalRow(sheet.createRow(rowIndex), "Tổng cộng", indicators, analysis.countedReports(), styles);
        sheet.createFreezePane(3, 1);
        sheet.setColumnWidth(2, 42 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        for (int i = 0; i < indicators.size(); i++) {
            sheet.setColumnWidth(5 + i, 18 * 256);
        }
        for (int i = 0; i < texts.size(); i++) {
            sheet.setColumnWidth(5 + indicators.size() + i, 40 * 256);
        }
    }

    private static void lateSheet(Sheet sheet, PhaseAnalysis analysis, Styles styles) {
        ZoneId zone = analysis.zone();
        Row header = sheet.createRow(0);
        String[] titles = {"STT", "Mã đơn vị", "Đơn vị", "Tình trạng", "Thời gian nhận", "Trễ (giờ)",
                "Hạn áp dụng"};
        for (int i = 0; i < titles.length; i++) {
            text(header, i, titles[i], styles.header);
        }
        int rowIndex = 1;
        List<UnitRow> rows = new ArrayList<>(Labels.late(analysis));
        rows.addAll(Labels.missing(analysis));
        for (UnitRow unit : rows) {
            Row row = sheet.createRow(rowIndex);
            number(row, 0, BigDecimal.valueOf(rowIndex++), null);
            text(row, 1, unit.code(), null);
            text(row, 2, unit.name() != null ? unit.name() : unit.code(), null);
            text(row, 3, unit.status().reported() ? "Trễ hạn" : Labels.status(unit.status()), null);
            text(row, 4, Labels.dateTime(unit.receivedAt(), zone), null);
            if (unit.status().reported()) {
                number(row, 5, hours(unit.lateSeconds()), styles.decimal);
                text(row, 6, Labels.deadline(unit, zone), null);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(2, 42 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.setColumnWidth(4, 18 * 256);
        sheet.setColumnWidth(6, 18 * 256);
    }

    private static void totalRow(Row row, String label, List<Indicator> indicators, List<ReportFact> reports,
                                 Styles styles) {
        text(row, 2, label, styles.totalLabel);
        for (int i = 0; i < indicators.size(); i++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ReportFact report : reports) {
                BigDecimal value = report.number(indicators.get(i).code());
                sum = value == null ? sum : sum.add(value);
            }
            number(row, 5 + i, sum, styles.forIndicator(indicators.get(i), true));
        }
    }

    private static List<ReportFact> reportsOf(PhaseAnalysis analysis, List<UnitRow> units) {
        List<String> codes = units.stream().map(UnitRow::code).toList();
        return analysis.countedReports().stream().filter(r -> codes.contains(r.unit().code())).toList();
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's cell styles, created once per workbook. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle totalLabel;
        final CellStyle totalWhole;
        final CellStyle totalDecimal;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            short wholeFormat = workbook.createDataFormat().getFormat("#,##0");
            short decimalFormat = workbook.createDataFormat().getFormat("#,##0.00");
            whole = workbook.createCellStyle();
            whole.setDataFormat(wholeFormat);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(decimalFormat);
            totalLabel = workbook.createCellStyle();
            totalLabel.setFont(bold);
            totalWhole = workbook.createCellStyle();
            totalWhole.setDataFormat(wholeFormat);
            totalWhole.setFont(bold);
            totalDecimal = workbook.createCellStyle();
            totalDecimal.setDataFormat(decimalFormat);
            totalDecimal.setFont(bold);
        }

        CellStyle forIndicator(Indicator indicator, boolean total) {
            if (indicator.whole()) {
                return total ? totalWhole : whole;
            }
            return total ? totalDecimal : decimal;
        }
    }
}
