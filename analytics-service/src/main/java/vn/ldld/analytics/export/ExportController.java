package vn.ldld.analytics.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.analytics.summary.Analytics;
import vn.ldld.analytics.summary.PhaseAnalysis;
import vn.ldld.analytics.summary.Readers;
import vn.ldld.web.security.Caller;

/** Downloads of a phase for the upward report: for province staff, viewers and the staff of the issuing unit. */
@RestController
@RequestMapping("/api/analytics/plans/{planId}/phases/{n}")
class ExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Analytics analytics;
    private final PhaseCsv csv;
    private final PhaseWorkbook workbook;
    private final ConsolidatedReport report;
    private final Clock clock;
    private final Readers readers;

    ExportController(Analytics analytics, PhaseCsv csv, PhaseWorkbook workbook, ConsolidatedReport report,
                     Clock clock, Readers readers) {
        this.analytics = analytics;
        this.csv = csv;
        this.workbook = workbook;
        this.report = report;
        this.clock = clock;
        this.readers = readers;
    }

    @GetMapping("/export.csv")
    @Operation(summary = "The unit matrix of a phase as CSV (UTF-8 with BOM)", description = Readers.ROLES)
    ResponseEntity<byte[]> csv(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        return file(csv.write(analytics.phase(planId, n)), CSV, "tong-hop-dot-" + n + ".csv");
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The phase as an Excel workbook", description = Readers.ROLES)
    ResponseEntity<byte[]> xlsx(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        return file(workbook.write(analytics.phase(planId, n)), XLSX, "tong-hop-dot-" + n + ".xlsx");
    }

    @GetMapping("/consolidated.docx")
    @Operation(summary = "Draft consolidated report of a phase (Word)", description = Readers.ROLES)
    ResponseEntity<byte[]> docx(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        PhaseAnalysis analysis = analytics.phase(planId, n);
        LocalDate today = LocalDate.ofInstant(clock.instant(), analysis.zone());
        return file(report.write(analysis, today), DOCX, "bao-cao-tong-hop-dot-" + n + ".docx");
    }

    @GetMapping("/consolidated.pdf")
    @Operation(summary = "Draft consolidated report of a phase (PDF, Decree 30/2020 layout, fonts embedded)",
            description = Readers.ROLES)
    ResponseEntity<byte[]> pdf(Caller caller, @PathVariable String planId, @PathVariable int n) {
        readers.require(caller, planId);
        PhaseAnalysis analysis = analytics.phase(planId, n);
        LocalDate today = LocalDate.ofInstant(clock.instant(), analysis.zone());
        return file(report.pdf(analysis, today), PDF, "bao-cao-tong-hop-dot-" + n + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
