package vn.ldld.plan.document;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ldld.documents.DocxWriter;
import vn.ldld.documents.PdfWriter;
import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanScope;
import vn.ldld.plan.plans.PlanService;
import vn.ldld.web.security.Caller;

/**
 * The plan as a document: {@code GET /api/plans/{id}/document.docx} and {@code .pdf}, the version in force or
 * {@code ?version=N}. Read like the plan itself: province staff any plan, a unit reporter the published plans
 * addressed to its unit (any other answers 404), other roles 403.
 */
@RestController
@RequestMapping("/api/plans/{id}")
@Tag(name = "Plans")
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'UNIT_REPORTER', 'UNIT_STAFF')")
class PlanDocumentController {

    private static final String ACCESS = " Read like the plan: a unit reporter only the published plans addressed to its"
            + " unit, a unit's staff those and every plan its unit issued, drafts included (any other answers 404). Without version: the version in force (a draft as it stands, with a "
            + "blank number); 404 for a version that does not exist.";

    private final PlanService plans;
    private final PlanDocument documents;
    private final DocxWriter docx = new DocxWriter();
    private final PdfWriter pdf = new PdfWriter();

    PlanDocumentController(PlanService plans, PlanDocument documents) {
        this.plans = plans;
        this.documents = documents;
    }

    @Operation(summary = "The plan as a Word document (Decree 30/2020 layout)", description = "A4, the decree's "
            + "margins, issuer and national motto, number, place and date, title, sections, recipients, signer." + ACCESS)
    @GetMapping("/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable String id,
                                @Parameter(description = "a published version; the one in force when absent")
                                @RequestParam(required = false) Integer version, Caller caller) {
        Plan plan = plan(id, version, caller);
        return file(docx.write(documents.of(plan)), DocxWriter.MEDIA_TYPE, plan, "docx");
    }

    @Operation(summary = "The plan as PDF (Decree 30/2020 layout, fonts embedded)", description = "The same document "
            + "as the DOCX." + ACCESS)
    @GetMapping("/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id,
                               @Parameter(description = "a published version; the one in force when absent")
                               @RequestParam(required = false) Integer version, Caller caller) {
        Plan plan = plan(id, version, caller);
        return file(pdf.write(documents.of(plan)), PdfWriter.MEDIA_TYPE, plan, "pdf");
    }

    private Plan plan(String id, Integer version, Caller caller) {
        PlanScope scope = PlanScope.of(caller);
        return version == null ? plans.get(id, scope) : plans.getVersion(id, version, scope);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, Plan plan, String extension) {
        String name = "ke-hoach-" + (plan.sequence() != null ? plan.sequence() + "-" + plan.year() : "du-thao")
                + (plan.publishedVersion() > 1 ? "-v" + plan.publishedVersion() : "") + "." + extension;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type)).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}
