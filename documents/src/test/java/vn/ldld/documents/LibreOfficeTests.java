package vn.ldld.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX opens in LibreOffice (Debian's libreoffice-writer-nogui): it converts to PDF with the text intact. */
class LibreOfficeTests {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheDocx() throws Exception {
        Optional<Path> office = LibreOffice.find();
        assumeTrue(office.isPresent(), "LibreOffice is not installed (/usr/bin/libreoffice or /usr/bin/soffice; "
                + "Debian: libreoffice-writer-nogui): the DOCX is not opened");
        Path docx = dir.resolve("ke-hoach.docx");
        Files.write(docx, new DocxWriter().write(SampleDocuments.plan()));

        Path pdf = LibreOffice.toPdf(office.get(), docx, dir);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Phối hợp tham gia làm công tác dân vận đợt I/2023", "Nơi nhận:", "Trần Thị Bích Hằng");
        }
    }

    /** Runs LibreOffice headless, with a profile of its own so that it never meets another running instance. */
    static final class LibreOffice {

        static Optional<Path> find() {
            return List.of("/usr/bin/libreoffice", "/usr/bin/soffice").stream().map(Path::of)
                    .filter(Files::isExecutable).findFirst();
        }

        static Path toPdf(Path office, Path docx, Path dir) throws IOException, InterruptedException {
            Path profile = dir.resolve("profile");
            Process process = new ProcessBuilder(office.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("libreoffice.log").toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("LibreOffice did not finish converting " + docx);
            }
            Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
            assertThat(process.exitValue()).as(Files.readString(dir.resolve("libreoffice.log"))).isZero();
            assertThat(pdf).as(Files.readString(dir.resolve("libreoffice.log"))).exists();
            return pdf;
        }
    }
}
