package vn.ldld.analytics.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.Indicator;
import vn.ldld.analytics.plan.NarrativeSection;
import vn.ldld.analytics.plan.PlanContent;
import vn.ldld.analytics.plan.Signer;
import vn.ldld.analytics.summary.IndicatorTotal;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.PhaseSummary;
import vn.ldld.analytics.summary.Rollup;
import vn.ldld.analytics.summary.UnitRow;
import vn.ldld.analytics.unit.Unit;
import vn.ldld.documents.Block;
import vn.ldld.documents.DocxWriter;
import vn.ldld.documents.OfficialDocument;
import vn.ldld.documents.PdfWriter;
import vn.ldld.documents.Signature;

/**
 * The draft consolidated report (báo cáo tổng hợp) of a phase, in the administrative layout of Decree 30/2020, as
 * DOCX and PDF: the plan it answers and the phase; completeness and timeliness with a table of the units, their
 * status and figures; the indicator totals, also rolled up by parent unit (district); the units' narratives section by
 * section; late and missing units; the plan's recipients (nơi nhận) and the signer's capacity and position with the
 * name left blank, for whoever signs the report to write in.
 */
@Component
public class ConsolidatedReport {

    /** The body above a provincial federation. */
    static final String ABOVE_PROVINCIAL_FEDERATION = "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final DocxWriter docx = new DocxWriter();
    private final PdfWriter pdf = new PdfWriter();

    /** The report dated {@code date} (in the plan's zone), as DOCX. */
    public byte[] write(PhaseAnalysis analysis, LocalDate date) {
        return docx.write(document(analysis, date));
    }

    /** The report dated {@code date} (in the plan's zone), as PDF. */
    public byte[] pdf(PhaseAnalysis analysis, LocalDate date) {
        return pdf.write(document(analysis, date));
    }

    OfficialDocument document(PhaseAnalysis analysis, LocalDate date) {
        PlanContent plan = analysis.plan().content();
        PhaseSummary summary = analysis.summary();
        String phase = inSentence(summary.phaseName());
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("Thực hiện Kế hoạch số " + plan.number() + " ngày " + issuedOn(plan) + " của "
                + issuerName(plan) + " về " + plan.title() + ", " + issuerName(plan) + " báo cáo kết quả " + phase
                + " như sau:"));
        int section = 1;
        body.add(Block.heading(roman(section++) + ". TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ"));
        body.add(Block.paragraph(participation(summary)));
        if (summary.reportDeadline() != null) {
            body.add(Block.paragraph("Hạn báo cáo: " + Labels.dateTime(summary.reportDeadline(), analysis.zone()) + "."));
        }
        long extended = analysis.units().stream().filter(Labels::extended).count();
        if (extended > 0) {
            body.add(Block.paragraph(extended + " đơn vị gửi báo cáo sau hạn ban đầu nhưng trước hạn đã được gia hạn, "
                    + "được tính là đúng hạn."));
        }
        body.add(unitsTable(analysis));
        body.add(Block.heading(roman(section++) + ". KẾT QUẢ CÁC CHỈ TIÊU"));
        body.add(totalsTable(analysis.totals()));
        List<Rollup> rollups = analysis.rollups();
        if (!rollups.isEmpty()) {
            body.add(Block.paragraph("Tổng hợp theo đơn vị cấp trên:"));
            body.add(rollupTable(analysis, rollups));
        }
        for (NarrativeSection narrative : plan.template().narrativeSections()) {
            body.add(Block.heading(roman(section++) + ". " + narrative.label().toUpperCase(VIETNAMESE)));
            body.addAll(narratives(analysis, narrative.code()));
        }
        body.add(Block.heading(roman(section) + ". ĐƠN VỊ BÁO CÁO TRỄ HẠN, CHƯA BÁO CÁO"));
        body.addAll(lateAndMissing(analysis));
        body.add(Block.paragraph("Trên đây là báo cáo kết quả " + phase + " của " + issuerName(plan) + "./."));
        List<String> recipients = new ArrayList<>();
        plan.forInformation().forEach(unit -> recipients.add(unit.displayName()));
        recipients.add("Lưu: VT");
        Signer signer = plan.signer();
        Signature signature = signer == null ? Signature.BLANK
                : new Signature(signer.capacity(), signer.position(), null);
        return new OfficialDocument(bodyAbove(analysis, plan.issuer()), issuerName(plan), "/" + reportSymbol(plan),
                plan.place(), date, "BÁO CÁO", title(plan, summary.phaseName()), body, recipients, signature);
    }

    /** "Kết quả thực hiện Kế hoạch …", naming the phase unless the plan's title already does. */
    static String title(PlanContent plan, String phaseName) {
        String title = plan.title() == null ? "" : plan.title();
        boolean named = title.toLowerCase(VIETNAMESE).contains(phaseName.toLowerCase(VIETNAMESE));
        return "Kết quả thực hiện Kế hoạch " + title + (named ? "" : " – " + inSentence(phaseName));
    }

    private static Block unitsTable(PhaseAnalysis analysis) {
        List<Indicator> indicators = analysis.plan().content().template().indicators();
        List<Block.Row> rows = new ArrayList<>();
        int stt = 0;
        for (UnitRow row : analysis.units()) {
            String status = Labels.status(row.status())
                    + (row.onTime() == null ? "" : "\n" + Labels.onTime(row, analysis.zone()) + ", "
                    + Labels.dateTime(row.receivedAt(),
                    analysis.zone()));
            rows.add(Block.Row.of(List.of(String.valueOf(++stt), row.displayName(), status,
                    figures(indicators, row.values()))));
        }
        return new Block.Table(List.of("STT", "Đơn vị", "Tình trạng", "Kết quả"), List.of(2, 8, 8, 14), rows);
    }

    /** "Số buổi tuyên truyền: 6 buổi" per line, text indicators as written. */
    static String figures(List<Indicator> indicators, Map<String, ?> values) {
        List<String> lines = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Object value = values.get(indicator.code());
            if (value instanceof BigDecimal decimal) {
                lines.add(indicator.label() + ": " + number(decimal)
                        + (indicator.unitOfMeasure() == null ? "" : " " + indicator.unitOfMeasure()));
            } else if (value != null && !value.toString().isBlank()) {
                lines.add(indicator.label() + ": " + value.toString().strip());
            }
        }
        return String.join("\n", lines);
    }

    private static Block totalsTable(List<IndicatorTotal> totals) {
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            IndicatorTotal total = totals.get(i);
            rows.add(Block.Row.of(List.of(String.valueOf(i + 1), total.label(),
                    total.unitOfMeasure() == null ? "" : total.unitOfMeasure(), number(total.sum()),
                    String.valueOf(total.reports()))));
        }
        return new Block.Table(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Số đơn vị báo cáo"),
                List.of(2, 12, 4, 5, 4), rows);
    }

    private static Block rollupTable(PhaseAnalysis analysis, List<Rollup> rollups) {
        List<Indicator> indicators = Labels.numericIndicators(analysis);
        List<Block.Row> rows = new ArrayList<>();
        for (Rollup rollup : rollups) {
            rows.add(Block.Row.of(List.of(rollup.unitName(), rollup.submitted() + "/" + rollup.expected(),
                    String.valueOf(rollup.onTime()), figures(indicators, rollup.sums()))));
        }
        return new Block.Table(List.of("Đơn vị cấp trên", "Đã báo cáo", "Đúng hạn", "Cộng các chỉ tiêu"),
                List.of(8, 4, 3, 14), rows);
    }

    private static List<Block> narratives(PhaseAnalysis analysis, String code) {
        List<Block> blocks = new ArrayList<>();
        for (UnitRow row : analysis.units()) {
            String text = row.narrative() == null ? null : row.narrative().get(code);
            if (text != null && !text.isBlank()) {
                blocks.add(Block.paragraph("- " + row.displayName() + ": " + text.strip()));
            }
        }
        return blocks.isEmpty() ? List.of(Block.paragraph("Không có.")) : blocks;
    }

    private static List<Block> lateAndMissing(PhaseAnalysis analysis) {
        List<Block> blocks = new ArrayList<>();
        List<UnitRow> late = Labels.late(analysis);
        List<UnitRow> missing = Labels.missing(analysis);
        blocks.add(Block.paragraph("Đơn vị báo cáo trễ hạn (" + late.size() + "):" + (late.isEmpty() ? " không có." : "")));
        late.forEach(row -> blocks.add(Block.paragraph("- " + row.displayName() + " (nhận lúc "
                + Labels.dateTime(row.receivedAt(), analysis.zone()) + ")")));
        blocks.add(Block.paragraph("Đơn vị chưa báo cáo (" + missing.size() + "):"
                + (missing.isEmpty() ? " không có." : "")));
        missing.forEach(row -> blocks.add(Block.paragraph("- " + row.displayName())));
        return blocks;
    }

    static String participation(PhaseSummary s) {
        return "Có " + s.submitted() + "/" + s.expected() + " đơn vị gửi báo cáo (đạt "
                + percent(s.completenessRate()) + "), trong đó " + s.onTime() + " đơn vị báo cáo đúng hạn ("
                + percent(s.timelinessRate()) + ") và " + s.late() + " đơn vị báo cáo trễ hạn; " + s.missing()
                + " đơn vị chưa báo cáo.";
    }

    /** A number the Vietnamese way: "377.000.000", "4,35". */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
        return format.format(value);
    }

    /** The body above the issuer: its parent, or the national confederation above a provincial federation. */
    private static String bodyAbove(PhaseAnalysis analysis, Unit issuer) {
        if (issuer == null) {
            return null;
        }
        if (issuer.parentCode() != null) {
            return analysis.hierarchy().unit(issuer.parentCode()).name();
        }
        return "PROVINCIAL_FEDERATION".equals(issuer.kind()) ? ABOVE_PROVINCIAL_FEDERATION : null;
    }

    /** "Đợt I/2023" inside a sentence: "đợt I/2023". */
    private static String inSentence(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "–" : number(rate) + "%";
    }

    private static String issuerName(PlanContent plan) {
        Unit issuer = plan.issuer();
        return issuer == null || issuer.name() == null ? "" : issuer.name();
    }

    private static String issuedOn(PlanContent plan) {
        if (plan.issuedOn() == null) {
            return "";
        }
        LocalDate date = LocalDate.parse(plan.issuedOn());
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** "15/KH-LĐLĐ" gives "BC-LĐLĐ": a report (BC) of the same issuing body. */
    static String reportSymbol(PlanContent plan) {
        String number = plan.number() == null ? "" : plan.number();
        int slash = number.indexOf('/');
        String symbol = slash < 0 ? number : number.substring(slash + 1);
        int dash = symbol.indexOf('-');
        return dash < 0 ? "BC" : "BC" + symbol.substring(dash);
    }

    private static String roman(int n) {
        String[] numerals = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return n < numerals.length ? numerals[n] : String.valueOf(n);
    }
}
