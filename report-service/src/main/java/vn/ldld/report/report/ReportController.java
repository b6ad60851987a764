package vn.ldld.report.report;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.ldld.report.idempotency.IdempotencyKey;
import vn.ldld.web.EntityTags;

/** {@code /api/reports}: submit, read, revise and review reports. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final Intake intake;
    private final ReportWorkflow workflow;
    private final ReportQueries queries;
    private final ReportingUnit reportingUnit;

    ReportController(Intake intake, ReportWorkflow workflow, ReportQueries queries, ReportingUnit reportingUnit) {
        this.intake = intake;
        this.workflow = workflow;
        this.queries = queries;
        this.reportingUnit = reportingUnit;
    }

    @PostMapping
    public ResponseEntity<ReceiptResponse> submit(@Valid @RequestBody SubmitReport request,
                                                  @RequestHeader(value = IdempotencyKey.HEADER, required = false)
                                                  String idempotencyKey) {
        String unit = reportingUnit.of(request);
        Submission submission = intake.submit(request, unit, IdempotencyKey.parse(idempotencyKey, unit));
        Report report = submission.report();
        return ResponseEntity.created(location(report.id())).eTag(EntityTags.of(1))
                .body(ReceiptResponse.of(report));
    }

    @GetMapping("/{id}")
    public ResponseEntity<ReportResponse> get(@PathVariable String id) {
        Report report = workflow.get(id);
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    @GetMapping("/{id}/revisions")
    public List<Revision> revisions(@PathVariable String id) {
        return workflow.get(id).revisions();
    }

    @GetMapping
    public ReportPage list(@RequestParam(required = false) String planId,
                           @RequestParam(required = false) @Min(1) Integer phase,
                           @RequestParam(required = false) String unit,
                           @RequestParam(required = false) ReportStatus status,
                           @RequestParam(required = false) Boolean late,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.page(new ReportFilter(planId, phase, unit, status, late), page, size);
    }

    @PutMapping("/{id}")
    public ResponseEntity<ReportResponse> revise(@PathVariable String id,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @Valid @RequestBody ReviseReport request) {
        Report report = workflow.revise(id, EntityTags.requiredVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    @PostMapping("/{id}/accept")
    public ResponseEntity<ReportResponse> accept(@PathVariable String id,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @Valid @RequestBody ReviewDecision decision) {
        Report report = workflow.accept(id, optionalVersion(ifMatch), reviewer(decision));
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    @PostMapping("/{id}/return")
    public ResponseEntity<ReportResponse> returnForRevision(@PathVariable String id,
                                                            @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                    required = false) String ifMatch,
                                                            @Valid @RequestBody ReviewDecision decision) {
        Report report = workflow.returnForRevision(id, optionalVersion(ifMatch), reviewer(decision),
                decision.reason());
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
    }

    private static String reviewer(ReviewDecision decision) {
        if (decision.reviewer() == null || decision.reviewer().isBlank()) {
            throw new ReportInvalidException(List.of(new Violation("reviewer", "required until the API is secured")));
        }
        return decision.reviewer();
    }

    private static URI location(String id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/reports/{id}").buildAndExpand(id)
                .toUri();
    }

    static HttpStatus statusOf(IntakeRefusedException.Reason reason) {
        return switch (reason) {
            case PLAN_UNKNOWN -> HttpStatus.NOT_FOUND;
            case PLAN_NOT_OPEN -> HttpStatus.CONFLICT;
            case PHASE_UNKNOWN -> HttpStatus.BAD_REQUEST;
            case UNIT_NOT_ADDRESSED -> HttpStatus.FORBIDDEN;
        };
    }
}
