package vn.ldld.analytics.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ldld.analytics.Events.DEADLINE_V1;
import static vn.ldld.analytics.Events.DEADLINE_V2;
import static vn.ldld.analytics.Events.PLAN_ID;
import static vn.ldld.analytics.Events.amended;
import static vn.ldld.analytics.Events.submitted;
import static vn.ldld.analytics.Events.values;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ldld.analytics.Events;
import vn.ldld.analytics.ReadModels;
import vn.ldld.analytics.Scenario;
import vn.ldld.analytics.summary.PhaseAnalysis;

/**
 * Gò Dầu reports after the first deadline (25/7 17:00Z), then an amendment extends it to 28/7 17:00Z (29/07 00:00
 * in Tây Ninh): every export counts the report on time and says it is by the extension; Trảng Bàng, late against
 * both, stays late, judged against the extended deadline.
 */
class ExtendedDeadlineExportsTests {

    private static PhaseAnalysis analysis;

    @BeforeAll
    static void deliver() {
        analysis = new ReadModels().deliver(List.of(Events.published(),
                submitted("r-gd", Scenario.GD, Instant.parse("2023-07-27T09:00:00Z"), DEADLINE_V1, 1,
                        values("PROPAGANDA_SESSIONS", 6)),
                submitted("r-tb", Scenario.TB, Instant.parse("2023-07-29T00:00:00Z"), DEADLINE_V1, 1,
                        values("PROPAGANDA_SESSIONS", 5)),
                amended(2, DEADLINE_V2, Instant.parse("2023-07-26T03:00:00Z")))).analytics.phase(PLAN_ID, 1);
    }

    @Test
    void theCsvGivesTheDeadlineAppliedAndTheExtension() {
        byte[] csv = new PhaseCsv().write(analysis);
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));

        assertThat(lines).anyMatch(l -> l.contains(",LDLD-GD,") && l.contains(
                ",27/07/2023 16:00,29/07/2023 00:00,Đúng hạn (gia hạn),0,1,6,"));
        assertThat(lines).anyMatch(l -> l.contains(",LDLD-TB,") && l.contains(
                ",29/07/2023 07:00,29/07/2023 00:00,Trễ hạn,25200,1,5,"));
    }

    @Test
    void theWorkbookCountsTheReportOnTimeAndNamesTheExtendedDeadline() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new PhaseWorkbook().write(analysis)))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("29/07/2023 00:00");
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(1);
            Row gd = row(workbook.getSheet("Chỉ tiêu theo đơn vị"), "LDLD-GD");
            assertThat(gd.getCell(4).getStringCellValue()).isEqualTo("Đúng hạn (gia hạn đến 29/07/2023 00:00)");
            Sheet late = workbook.getSheet("Trễ hạn - Chưa báo cáo");
            assertThat(row(late, "LDLD-TB").getCell(6).getStringCellValue()).isEqualTo("29/07/2023 00:00");
            assertThat(StreamSupport.stream(late.spliterator(), false)).noneMatch(r -> r.getCell(1) != null
                    && "LDLD-GD".equals(r.getCell(1).getStringCellValue()));
        }
    }

    @Test
    void theConsolidatedReportCountsTheReportOnTimeAndSaysWhy() throws IOException {
        byte[] docx = new ConsolidatedReport().write(analysis, LocalDate.of(2023, 8, 5));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Hạn báo cáo: 29/07/2023 00:00.",
                    "1 đơn vị gửi báo cáo sau hạn ban đầu nhưng trước hạn đã được gia hạn, được tính là đúng hạn.",
                    "Đơn vị báo cáo trễ hạn (1):");
            assertThat(paragraphs).anyMatch(p -> p.contains("trong đó 1 đơn vị báo cáo đúng hạn"));
            XWPFTable units = document.getTables().get(1);
            assertThat(units.getRows()).anyMatch(r -> r.getCell(1).getText().contains("Gò Dầu")
                    && r.getCell(2).getText().contains("Đúng hạn (gia hạn đến 29/07/2023 00:00)"));
        }
    }

    private static Row row(Sheet sheet, String code) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getCell(1) != null && code.equals(r.getCell(1).getStringCellValue())).findFirst()
                .orElseThrow();
    }
}
