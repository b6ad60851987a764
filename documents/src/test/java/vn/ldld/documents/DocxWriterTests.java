package vn.ldld.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxWriterTests {

    private final DocxWriter writer = new DocxWriter();

    @Test
    void holdsTheBlocksOfTheLayout() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(writer.write(SampleDocuments.plan())));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/KH-LĐLĐ",
                    "Tây Ninh, ngày 12 tháng 7 năm 2023", "KẾ HOẠCH",
                    "Phối hợp tham gia làm công tác dân vận đợt I/2023", "Nơi nhận:", "- Lưu: VT, Ban TG-NC.",
                    "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Thị Bích Hằng", "Số buổi tuyên truyền");
            assertThat(docx.getTables().get(0).getRow(0).getCell(1).getParagraphs()).anySatisfy(p -> assertThat(p.getRuns()).anySatisfy(r -> {
                assertThat(r.getText(0)).isEqualTo("Tây Ninh, ngày 12 tháng 7 năm 2023");
                assertThat(r.isItalic()).isTrue();
            }).as("place and date in italics"));
        }
    }

    @Test
    void isA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(writer.write(SampleDocuments.plan())))) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));   // 20 mm
            assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));  // 30 mm
            assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));  // 15 mm
        }
    }
}
