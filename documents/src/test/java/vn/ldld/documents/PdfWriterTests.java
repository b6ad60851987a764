package vn.ldld.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTests {

    private final PdfWriter writer = new PdfWriter();

    @Test
    void theTextComesBackIntactWithItsVietnameseLetters() throws IOException {
        String text = text(writer.write(SampleDocuments.plan()));

        assertThat(flat(text)).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH");
        assertThat(text).contains( "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 15/KH-LĐLĐ", "Tây Ninh, ngày 12 tháng 7 năm 2023", "KẾ HOẠCH",
                "Phối hợp tham gia làm công tác dân vận đợt I/2023", "“Nghe dân nói, nói dân hiểu, làm dân tin”",
                "Nơi nhận:", "- Ban Dân vận Tỉnh ủy;", "- Lưu: VT, Ban TG-NC.", "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH",
                "Trần Thị Bích Hằng", "Số buổi tuyên truyền");
        assertThat(text).doesNotContain("?");
    }

    @Test
    void pagesAreA4NumberedFromTheSecondWithTheFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(SampleDocuments.plan()))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            second.setSortByPosition(true);
            assertThat(second.getText(pdf).strip()).startsWith("2");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aBlankSignerAndDateStayBlank() throws IOException {
        String text = text(writer.write(SampleDocuments.withBlankSigner()));

        assertThat(flat(text)).contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
        assertThat(text).contains("BÁO CÁO", "Kết quả", "PHÓ CHỦ TỊCH",
                "Tây Ninh, ngày").doesNotContain("null", "Trần Thị Bích Hằng");
        assertThat(text).containsPattern("Số: +/BC-LĐLĐ");
    }

    @Test
    void aCharacterTheFontLacksIsReplacedNotFatal() throws IOException {
        OfficialDocument plan = SampleDocuments.plan();
        OfficialDocument odd = new OfficialDocument(null, plan.issuingBody(), plan.number(), plan.place(), plan.date(),
                plan.documentType(), "kế hoạch \uD83D\uDE00 và\ttab", plan.body(), plan.recipients(), plan.signature());

        assertThat(text(writer.write(odd))).contains("Kế hoạch ? và tab");
    }

    @Test
    void decomposedVietnameseIsComposed() throws IOException {
        OfficialDocument plan = SampleDocuments.plan();
        String decomposed = java.text.Normalizer.normalize("Hòa Thành", java.text.Normalizer.Form.NFD);
        OfficialDocument nfd = new OfficialDocument(null, plan.issuingBody(), plan.number(), decomposed, plan.date(),
                plan.documentType(), plan.title(), plan.body(), plan.recipients(), plan.signature());

        assertThat(text(writer.write(nfd))).contains("Hòa Thành, ngày 12 tháng 7 năm 2023");
    }

    /** Writes the sample to target/documents/sample.pdf, for a look at it. */
    @Test
    void writesASampleToLookAt() throws IOException {
        Path out = Path.of("target", "documents", "sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, writer.write(SampleDocuments.plan()));
        assertThat(out).isNotEmptyFile();
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
