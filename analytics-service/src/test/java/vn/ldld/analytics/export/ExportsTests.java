package vn.ldld.analytics.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.analytics.Events.PLAN_ID;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ldld.analytics.ReadModels;
import vn.ldld.analytics.Scenario;
import vn.ldld.analytics.summary.PhaseAnalysis;

/** The exports of the scenario with a grassroots union under Gò Dầu, parsed back and checked cell by cell. */
class ExportsTests {

    private static PhaseAnalysis analysis;

    @BeforeAll
    static void deliverTheScenario() {
        analysis = new ReadModels().deliver(Scenario.withGrassroots()).analytics.phase(PLAN_ID, 1);
    }

    @Test
    void theWorkbookSummarisesCompletenessAndTimeliness() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new PhaseWorkbook().write(analysis)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Tổng hợp");
            Sheet sheet = workbook.getSheet("Tổng hợp");
            assertThat(text(sheet, 1, 0)).isEqualTo("Kế hoạch");
            assertThat(text(sheet, 1, 1)).isEqualTo("15/KH-LĐLĐ – phối hợp tham gia làm công tác dân vận đợt I/2023");
            assertThat(text(sheet, 2, 1)).isEqualTo("Đợt I/2023");
            assertThat(text(sheet, 3, 1)).isEqualTo("29/07/2023 00:00");
            assertThat(text(sheet, 4, 0)).isEqualTo("Số đơn vị phải báo cáo");
            assertThat(number(sheet, 4, 1)).isEqualTo(11);
            assertThat(number(sheet, 5, 1)).isEqualTo(4);
            assertThat(number(sheet, 6, 1)).isEqualTo(2);
            assertThat(number(sheet, 7, 1)).isEqualTo(2);
            assertThat(number(sheet, 8, 1)).isEqualTo(7);
            assertThat(number(sheet, 9, 1)).isEqualTo(1);
            assertThat(text(sheet, 12, 0)).isEqualTo("Tỷ lệ báo cáo (%)");
            assertThat(number(sheet, 12, 1)).isEqualTo(36.36);
            assertThat(number(sheet, 13, 1)).isEqualTo(18.18);
            assertThat(number(sheet, 14, 1)).isEqualTo(21.17);
            assertThat(number(sheet, 15, 1)).isEqualTo(32.0);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        }
    }

    @Test
    void theWorkbookListsUnitsByIndicatorWithSubtotalsPerParentAndATotal() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new PhaseWorkbook().write(analysis)))) {
            Sheet sheet = workbook.getSheet("Chỉ tiêu theo đơn vị");
            assertThat(text(sheet, 0, 2)).isEqualTo("Đơn vị");
            assertThat(text(sheet, 0, 5)).isEqualTo("Số buổi tuyên truyền (buổi)");
            assertThat(text(sheet, 0, 10)).isEqualTo("Đường giao thông nông thôn được nâng cấp (km)");
            assertThat(text(sheet, 0, 15)).isEqualTo("Kinh phí vận động (đồng)");
            assertThat(text(sheet, 4, 1)).isEqualTo("LDLD-TC");
            assertThat(text(sheet, 4, 2)).isEqualTo("Liên đoàn Lao động huyện Tân Châu");
            assertThat(text(sheet, 4, 3)).isEqualTo("Đã gửi lại, chờ xem xét");
            assertThat(text(sheet, 4, 4)).isEqualTo("Trễ hạn");
            assertThat(number(sheet, 4, 5)).isEqualTo(4);
            assertThat(number(sheet, 4, 10)).isEqualTo(0.6);
            assertThat(number(sheet, 4, 15)).isEqualTo(92_000_000);
            assertThat(text(sheet, 7, 1)).isEqualTo("LDLD-GD");
            assertThat(text(sheet, 7, 3)).isEqualTo("Đã tiếp nhận");
            assertThat(text(sheet, 11, 2)).isEqualTo("Cộng: Liên đoàn Lao động tỉnh Tây Ninh");
            assertThat(number(sheet, 11, 5)).isEqualTo(12);
            assertThat(number(sheet, 11, 10)).isEqualTo(2.1);
            assertThat(number(sheet, 11, 15)).isEqualTo(277_000_000);
            assertThat(text(sheet, 12, 1)).isEqualTo("CDCS-GD-XM");
            assertThat(number(sheet, 12, 0)).isEqualTo(11);
            assertThat(text(sheet, 13, 2)).isEqualTo("Cộng: Liên đoàn Lao động huyện Gò Dầu");
            assertThat(number(sheet, 13, 5)).isEqualTo(1);
            assertThat(number(sheet, 13, 10)).isEqualTo(0.4);
            assertThat(text(sheet, 14, 2)).isEqualTo("Tổng cộng");
            assertThat(number(sheet, 14, 5)).isEqualTo(13);
            assertThat(number(sheet, 14, 10)).isEqualTo(2.5);
            assertThat(number(sheet, 14, 15)).isEqualTo(277_000_000);
            assertThat(sheet.getRow(14).getCell(15).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(14).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getLastRowNum()).isEqualTo(14);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        }
    }

    @Test
    void theWorkbookListsLateThenMissingUnits() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new PhaseWorkbook().write(analysis)))) {
            Sheet sheet = workbook.getSheet("Trễ hạn - Chưa báo cáo");
            assertThat(text(sheet, 1, 1)).isEqualTo("LDLD-TC");
            assertThat(text(sheet, 1, 3)).isEqualTo("Trễ hạn");
            assertThat(text(sheet, 1, 4)).isEqualTo("29/07/2023 10:20");
            assertThat(number(sheet, 1, 5)).isEqualTo(10.33);
            assertThat(text(sheet, 1, 6)).isEqualTo("29/07/2023 00:00");
            assertThat(text(sheet, 2, 1)).isEqualTo("CDVC-TN");
            assertThat(number(sheet, 2, 5)).isEqualTo(32.0);
            assertThat(text(sheet, 3, 2)).isEqualTo("Liên đoàn Lao động thành phố Tây Ninh");
            assertThat(text(sheet, 3, 3)).isEqualTo("Chưa báo cáo");
            assertThat(text(sheet, 8, 1)).isEqualTo("LDLD-BC");
            assertThat(text(sheet, 8, 3)).isEqualTo("Quá hạn, chưa báo cáo");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndATotalsRow() {
        byte[] csv = new PhaseCsv().write(analysis);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("STT,Mã đơn vị,Tên đơn vị,Đơn vị cấp trên,Trạng thái,Thời gian nhận,"
                + "Hạn áp dụng,Đúng hạn,Số giây trễ,Lần sửa,Số buổi tuyên truyền (buổi),");
        assertThat(lines.get(4)).isEqualTo("4,LDLD-TC,Liên đoàn Lao động huyện Tân Châu,LDLD-TN,"
                + "\"Đã gửi lại, chờ xem xét\",29/07/2023 10:20,29/07/2023 00:00,Trễ hạn,37200,2,4,260,,,,0.6,,,,,92000000");
        assertThat(lines.get(1)).isEqualTo("1,LDLD-TPTN,Liên đoàn Lao động thành phố Tây Ninh,LDLD-TN,"
                + "Chưa báo cáo,,,,,,,,,,,,,,,,");
        assertThat(lines.get(12)).isEqualTo(",,Tổng cộng,,,,,,,,13,680,0,0,3,2.5,0,0,0,0,277000000");
    }

    @Test
    void theConsolidatedReportIsADraftInTheAdministrativeLayout() throws IOException {
        byte[] docx = new ConsolidatedReport().write(analysis, LocalDate.of(2023, 8, 5));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<XWPFTable> tables = document.getTables();
            XWPFTable heading = tables.get(0);
            assertThat(heading.getRow(0).getCell(0).getText()).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH")
                    .contains("Số:        /BC-LĐLĐ");
            assertThat(heading.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc").contains("Tây Ninh, ngày 05 tháng 8 năm 2023");
            assertThat(paragraphs).contains("BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch phối hợp tham gia làm công tác dân vận đợt I/2023",
                    "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
                    "Có 4/11 đơn vị gửi báo cáo (đạt 36,36%), trong đó 2 đơn vị báo cáo đúng hạn (18,18%) và 2 đơn "
                            + "vị báo cáo trễ hạn; 7 đơn vị chưa báo cáo.",
                    "II. KẾT QUẢ CÁC CHỈ TIÊU", "III. KẾT QUẢ THỰC HIỆN", "IV. KHÓ KHĂN, VƯỚNG MẮC",
                    "- LĐLĐ huyện Gò Dầu: Kết quả của Liên đoàn Lao động huyện Gò Dầu.",
                    "VI. ĐƠN VỊ BÁO CÁO TRỄ HẠN, CHƯA BÁO CÁO", "Đơn vị báo cáo trễ hạn (2):",
                    "- LĐLĐ huyện Tân Châu (nhận lúc 29/07/2023 10:20)", "Đơn vị chưa báo cáo (7):",
                    "- LĐLĐ huyện Bến Cầu", "- CĐN Giáo dục",
                    "Trên đây là báo cáo kết quả đợt I/2023 của Liên đoàn Lao động tỉnh Tây Ninh./.");
            assertThat(paragraphs.get(paragraphs.indexOf("IV. KHÓ KHĂN, VƯỚNG MẮC") + 1)).isEqualTo("Không có.");
            assertThat(paragraphs).noneMatch(p -> p.contains("– Đợt I/2023")).contains("Tổng hợp theo đơn vị cấp trên:");
            XWPFTable units = tables.get(1);
            assertThat(units.getRow(0).getCell(2).getText()).isEqualTo("Tình trạng");
            assertThat(units.getRow(4).getCell(1).getText()).isEqualTo("LĐLĐ huyện Tân Châu");
            assertThat(units.getRow(4).getCell(2).getText()).contains("Trễ hạn");
            assertThat(units.getRow(4).getCell(3).getText()).contains("Số buổi tuyên truyền: 4 buổi")
                    .contains("Kinh phí vận động: 92.000.000 đồng");
            XWPFTable totals = tables.get(2);
            assertThat(totals.getRow(0).getCell(1).getText()).isEqualTo("Chỉ tiêu");
            assertThat(totals.getRow(1).getCell(1).getText()).isEqualTo("Số buổi tuyên truyền");
            assertThat(totals.getRow(1).getCell(3).getText()).isEqualTo("13");
            assertThat(totals.getRow(6).getCell(2).getText()).isEqualTo("km");
            assertThat(totals.getRow(6).getCell(3).getText()).isEqualTo("2,5");
            assertThat(totals.getRow(11).getCell(1).getText()).isEqualTo("Kinh phí vận động");
            assertThat(totals.getRow(11).getCell(3).getText()).isEqualTo("277.000.000");
            assertThat(totals.getRow(11).getCell(4).getText()).isEqualTo("2");
            XWPFTable rollups = tables.get(3);
            assertThat(rollups.getRow(0).getCell(0).getText()).isEqualTo("Đơn vị cấp trên");
            assertThat(rollups.getRow(1).getCell(0).getText()).isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");
            XWPFTable footer = tables.get(tables.size() - 1);
            assertThat(footer.getRow(0).getCell(0).getText()).contains("Nơi nhận:")
                    .contains("- Ban Dân vận Tỉnh ủy Tây Ninh;").contains("- Phòng Chính trị, Bộ CHQS tỉnh;")
                    .contains("- Lưu: VT.");
            assertThat(footer.getRow(0).getCell(1).getText()).contains("TM. BAN THƯỜNG VỤ").contains("PHÓ CHỦ TỊCH")
                    .as("the report's signer writes the name in").doesNotContain("Nguyễn Văn A");
        }
    }

    @Test
    void theConsolidatedReportAsPdfKeepsItsVietnameseText() throws IOException {
        byte[] pdf = new ConsolidatedReport().pdf(analysis, LocalDate.of(2023, 8, 5));

        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tây Ninh, ngày 05 tháng 8 năm 2023", "BÁO CÁO",
                "Kết quả thực hiện Kế hoạch phối hợp tham gia làm công tác dân vận đợt I/2023",
                "Có 4/11 đơn vị gửi báo cáo", "- LĐLĐ huyện Tân Châu (nhận lúc 29/07/2023 10:20)",
                "Số buổi tuyên truyền", "277.000.000",
                "Nơi nhận:", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH").doesNotContain("Nguyễn Văn A");
        java.nio.file.Path out = java.nio.file.Path.of("target", "documents", "consolidated-report.pdf");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, pdf);
    }

    @Test
    void aTextIndicatorIsPrintedAsWrittenAmongTheFigures() {
        List<vn.ldld.analytics.plan.Indicator> indicators = List.of(
                new vn.ldld.analytics.plan.Indicator("SESSIONS", "Số buổi", "COUNT", "buổi", true),
                new vn.ldld.analytics.plan.Indicator("OSH_NOTE", "An toàn vệ sinh lao động", "TEXT", null, false));

        assertThat(ConsolidatedReport.figures(indicators, java.util.Map.of("SESSIONS", new java.math.BigDecimal("1200"),
                "OSH_NOTE", "Kiểm tra 3 doanh nghiệp"))).isEqualTo("Số buổi: 1.200 buổi\nAn toàn vệ sinh lao động: "
                + "Kiểm tra 3 doanh nghiệp");
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? null : r.getCell(column).getStringCellValue();
    }

    private static double number(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getNumericCellValue();
    }
}
