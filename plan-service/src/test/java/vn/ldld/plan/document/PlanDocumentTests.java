package vn.ldld.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.ldld.plan.ApiTestSupport;
import vn.ldld.web.testing.TestTokens;

/** The demo plan as a document, through the HTTP API, with the access rules of reading the plan. */
class PlanDocumentTests extends ApiTestSupport {

    private static final String DEMO = UUID.nameUUIDFromBytes("vn.ldld.plan.demo/dan-van-dot-1-2023"
            .getBytes(StandardCharsets.UTF_8)).toString();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theDemoPlanAsPdfReadsAsTheSourceDocument() throws Exception {
        HttpResponse<byte[]> reply = download(TestTokens.staff(), "/api/plans/" + DEMO + "/document.pdf");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(reply.body())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text.replaceAll("\\s+", " ")).contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tây Ninh, ngày 12 tháng 7 năm 2023", "KẾ HOẠCH",
                "Phối hợp tham gia làm công tác dân vận đợt I/2023",
                "Căn cứ Kế hoạch số 22-KH/BCĐ ngày 28/6/2023 của Ban Chỉ đạo", "I. MỤC ĐÍCH, YÊU CẦU",
                "“Nghe dân nói, nói dân hiểu, làm dân tin”", "Nơi nhận:", "LĐLĐ các huyện, thị xã, thành phố", "Website, TTCTCĐ LĐLĐ tỉnh",
                "- Lưu: VT, Ban TG-NC.", "TM. BAN THƯỜNG VỤ",
                "PHÓ CHỦ TỊCH", "Số buổi tuyên truyền");
        assertThat(text).containsPattern("Số: \\d+/KH-LĐLĐ");
        assertThat(text).as("the signer's name left blank, to be written by hand").doesNotContain("Nguyễn Văn A");
        Path out = Path.of("target", "documents", "plan-document.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, reply.body());
    }

    @Test
    void theDemoPlanAsDocxOfAGivenVersion() throws Exception {
        HttpResponse<byte[]> reply = download(TestTokens.staff(), "/api/plans/" + DEMO + "/document.docx?version=1");

        assertThat(reply.statusCode()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(reply.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:",
                    "Phối hợp tham gia làm công tác dân vận đợt I/2023");
        }
        assertThat(download(TestTokens.staff(), "/api/plans/" + DEMO + "/document.docx?version=99").statusCode())
                .isEqualTo(404);
    }

    @Test
    void readLikeThePlan() throws Exception {
        String pdf = "/api/plans/" + DEMO + "/document.pdf";
        assertThat(download(TestTokens.reporter("LDLD-TB"), pdf).statusCode()).as("a recipient").isEqualTo(200);
        assertThat(download(TestTokens.reporter("LDLD-TN"), pdf).statusCode()).as("not a recipient").isEqualTo(404);
        assertThat(download(TestTokens.viewer(), pdf).statusCode()).isEqualTo(403);
        assertThat(download(null, pdf).statusCode()).isEqualTo(401);
        assertThat(download(TestTokens.staff(), "/api/plans/" + UUID.randomUUID() + "/document.docx").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDraftHasABlankNumber() throws Exception {
        String id = createDraft("LDLD-DOC").json().get("id").asString();

        HttpResponse<byte[]> reply = download(TestTokens.staff(), "/api/plans/" + id + "/document.pdf");

        assertThat(reply.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(reply.body())) {
            assertThat(new PDFTextStripper().getText(document)).containsPattern("Số: +/KH-");
        }
    }

    private HttpResponse<byte[]> download(String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
