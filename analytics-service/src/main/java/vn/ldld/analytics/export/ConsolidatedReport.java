package vn.ldld.analytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

import vn.ldld.analytics.plan.NarrativeSection;
import vn.ldld.analytics.plan.PlanContent;
import vn.ldld.analytics.plan.Signer;
import vn.ldld.analytics.summary.IndicatorTotal;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.PhaseSummary;
import vn.ldld.analytics.summary.UnitRow;
import vn.ldld.analytics.unit.Unit;

/**
 * The draft consolidated report (báo cáo tổng hợp) of a phase, in the administrative document layout: issuing
 * body and number left to fill, national motto, place and date, title, participation summary, totals table, the
 * units' narratives by section, late and missing units, recipients (nơi nhận) and signer, ready to be edited,
 * signed and sent.
 */
@Component
public class ConsolidatedReport {

    private static final String FONT = "Times New Roman";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** The report dated {@code date} (in the plan's zone). */
    public byte[] write(PhaseAnalysis analysis, LocalDate date) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PlanContent plan = analysis.plan().content();
            PhaseSummary summary = analysis.summary();
            heading(document, plan, date);
            centered(document, "BÁO CÁO", true, 14);
            centered(document, "Kết quả thực hiện Kế hoạch " + plan.title() + " – " + summary.phaseName(), true, 14);
            paragraph(document, "Thực hiện Kế hoạch số " + plan.number() + " ngày " + issuedOn(plan) + " của "
                    + issuerName(plan) + " về " + plan.title() + ", " + issuerName(plan) + " báo cáo kết quả "
                    + inSentence(summary.phaseName()) + " như sau:");
            int section = 1;
            bold(document, roman(section++) + ". TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
            paragraph(document, participation(summary));
            bold(document, roman(section++) + ". KẾT QUẢ CÁC CHỈ TIÊU");
            totalsTable(document, analysis.totals());
            for (NarrativeSection narrative : plan.template().narrativeSections()) {
                bold(document, roman(section++) + ". " + narrative.label().toUpperCase(VIETNAMESE));
                narratives(document, analysis, narrative.code());
            }
            bold(document, roman(section) + ". ĐƠN VỊ BÁO CÁO TRỄ HẠN, CHƯA BÁO CÁO");
            lateAndMissing(document, analysis);
            paragraph(document, "Trên đây là báo cáo kết quả " + inSentence(summary.phaseName()) + " của " + issuerName(plan)
                    + "./.");
            footer(document, plan);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument document, PlanContent plan, LocalDate date) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        XWPFTableCell left = table.getRow(0).getCell(0);
        lines(left, List.of(issuerName(plan).toUpperCase(VIETNAMESE), "Số:        /" + reportSymbol(plan)),
                List.of(true, false), false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        lines(right, List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                (plan.place() != null ? plan.place() : "") + ", ngày " + date.getDayOfMonth() + " tháng "
                        + date.getMonthValue() + " năm " + date.getYear()), List.of(true, true, false), true);
    }

    private static void footer(XWPFDocument document, PlanContent plan) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        List<String> recipients = new java.util.ArrayList<>();
        recipients.add("Nơi nhận:");
        plan.forInformation().forEach(unit -> recipients.add("- " + unit.displayName() + ";"));
        recipients.add("- Lưu: VT.");
        List<Boolean> bold = new java.util.ArrayList<>();
        recipients.forEach(r -> bold.add(r.equals("Nơi nhận:")));
        lines(table.getRow(0).getCell(0), recipients, bold, false);
        Signer signer = plan.signer();
        List<String> signature = signer == null ? List.of("", "", "", "")
                : List.of(signer.capacity() != null ? signer.capacity() : "", signer.position(), "", "",
                signer.fullName());
        List<Boolean> signatureBold = signature.stream().map(s -> true).toList();
        lines(table.getRow(0).getCell(1), signature, signatureBold, true);
    }

    private static void totalsTable(XWPFDocument document, List<IndicatorTotal> totals) {
        XWPFTable table = document.createTable(totals.size() + 1, 5);
        String[] titles = {"STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Số đơn vị báo cáo"};
        for (int i = 0; i < titles.length; i++) {
            cell(table.getRow(0).getCell(i), titles[i], true);
        }
        for (int i = 0; i < totals.size(); i++) {
            IndicatorTotal total = totals.get(i);
            cell(table.getRow(i + 1).getCell(0), String.valueOf(i + 1), false);
            cell(table.getRow(i + 1).getCell(1), total.label(), false);
            cell(table.getRow(i + 1).getCell(2), total.unitOfMeasure() == null ? "" : total.unitOfMeasure(), false);
            cell(table.getRow(i + 1).getCell(3), number(total.sum()), false);
            cell(table.getRow(i + 1).getCell(4), String.valueOf(total.reports()), false);
        }
    }

    private static void narratives(XWPFDocument document, PhaseAnalysis analysis, String code) {
        boolean any = false;
        for (UnitRow row : analysis.units()) {
            String text = row.narrative() == null ? null : row.narrative().get(code);
            if (text != null && !text.isBlank()) {
                paragraph(document, "- " + row.displayName() + ": " + text.strip());
                any = true;
            }
        }
        if (!any) {
            paragraph(document, "Không có.");
        }
    }

    private static void lateAndMissing(XWPFDocument document, PhaseAnalysis analysis) {
        List<UnitRow> late = Labels.late(analysis);
        List<UnitRow> missing = Labels.missing(analysis);
        paragraph(document, "Đơn vị báo cáo trễ hạn (" + late.size() + "):" + (late.isEmpty() ? " không có." : ""));
        late.forEach(row -> paragraph(document, "- " + row.displayName() + " (nhận lúc "
                + Labels.dateTime(row.receivedAt(), analysis.zone()) + ")"));
        paragraph(document, "Đơn vị chưa báo cáo (" + missing.size() + "):"
                + (missing.isEmpty() ? " không có." : ""));
        missing.forEach(row -> paragraph(document, "- " + row.displayName()));
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

    private static void lines(XWPFTableCell cell, List<String> texts, List<Boolean> bold, boolean centered) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, texts.get(i), bold.get(i), 13);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        run(cell.getParagraphs().get(0), text, bold, 13);
    }

    private static void centered(XWPFDocument document, String text, boolean bold, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, bold, size);
    }

    private static void bold(XWPFDocument document, String text) {
        run(document.createParagraph(), text, true, 14);
    }

    private static void paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        run(paragraph, text, false, 14);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }

}
