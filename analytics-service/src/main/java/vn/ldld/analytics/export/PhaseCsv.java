package vn.ldld.analytics.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.Indicator;
import vn.ldld.analytics.summary.IndicatorTotal;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.UnitRow;

/**
 * The unit matrix of a phase as CSV (RFC 4180, CRLF): UTF-8 with a byte order mark so that Excel shows the
 * Vietnamese text correctly; one row per must-report unit, then a totals row. Numbers are plain decimals. "Hạn áp
 * dụng" is the deadline a report is judged against (a later one when an extension, gia hạn, made it on time).
 */
@Component
public class PhaseCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] write(PhaseAnalysis analysis) {
        List<Indicator> indicators = Labels.numericIndicators(analysis);
        ZoneId zone = analysis.zone();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("STT", "Mã đơn vị", "Tên đơn vị", "Đơn vị cấp trên",
                "Trạng thái", "Thời gian nhận", "Hạn áp dụng", "Đúng hạn", "Số giây trễ", "Lần sửa"));
        indicators.forEach(i -> header.add(Labels.header(i)));
        List<Indicator> texts = Labels.textIndicators(analysis);
        texts.forEach(i -> header.add(i.label()));
        line(csv, header);
        int index = 0;
        for (UnitRow row : analysis.units()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(++index), row.code(), nullToEmpty(row.name()),
                    nullToEmpty(row.parentCode()), Labels.status(row.status()), Labels.dateTime(row.receivedAt(), zone),
                    Labels.deadline(row, zone), Labels.onTime(row), row.onTime() == null ? "" : String.valueOf(row.lateSeconds()),
                    row.revision() == 0 ? "" : String.valueOf(row.revision())));
            indicators.forEach(i -> cells.add(plain(row.values().get(i.code()))));
            texts.forEach(i -> cells.add(plain(row.values().get(i.code()))));
            line(csv, cells);
        }
        List<String> totals = new ArrayList<>(List.of("", "", "Tổng cộng", "", "", "", "", "", "", ""));
        analysis.totals().stream().map(IndicatorTotal::sum).forEach(sum -> totals.add(sum.toPlainString()));
        texts.forEach(i -> totals.add(""));
        line(csv, totals);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
