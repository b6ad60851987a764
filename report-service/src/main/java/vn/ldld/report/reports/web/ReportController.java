package vn.ldld.report.reports.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ldld.report.idempotency.IdempotencyKey;
import vn.ldld.report.reports.Intake;
import vn.ldld.report.reports.Report;
import vn.ldld.report.reports.ReportAccess;
import vn.ldld.report.reports.ReportFilter;
import vn.ldld.report.reports.ReportQueries;
import vn.ldld.report.reports.ReportStatus;
import vn.ldld.report.reports.ReportWorkflow;
import vn.ldld.report.reports.ReviewLevel;
import vn.ldld.report.reports.Revision;
import vn.ldld.report.reports.Submission;
import vn.ldld.web.EntityTags;
import vn.ldld.web.Paging;
import vn.ldld.web.PublicLinks;
import vn.ldld.web.security.Caller;

/**
 * {@code /api/reports}: submit, read, revise and review reports. Who may call what is decided from the caller's
 * token by {@link ReportAccess}; each operation's OpenAPI description says it.
 */
@RestController
@RequestMapping(ReportController.PATH)
@Tag(name = "reports", description = "Report intake, revisions and review; every operation needs a bearer token")
class ReportController {

    static final String PATH = "/api/reports";
    /** Largest page of reports. */
    static final int MAX_PAGE_SIZE = 500;

    private final Intake intake;
    private final ReportWorkflow workflow;
    private final ReportQueries queries;
    private final ReportAccess access;
    private final PublicLinks links;
    // canonical form of a submission for its fingerprint: map keys sorted, so field order does not matter
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    ReportController(Intake intake, ReportWorkflow workflow, ReportQueries queries, ReportAccess access,
                     PublicLinks links) {
        this.intake = intake;
        this.workflow = workflow;
        this.queries = queries;
        this.access = access;
        this.links = links;
    }

    @PostMapping
    @Operation(summary = "Submit a report", description = """
            Access: UNIT_REPORTER for its own unit (the token's unit; `unitCode` optional, another unit's code is \
            403 naming `unitCode`); PROVINCE_STAFF on a unit's behalf (`unitCode` required, else 400). \
            VIEWER and tokens without a role: 403. The answer (201) has the shape of `GET /api/reports/{id}` and \
            shows the report as submitted; a retry with the same `Idempotency-Key` and body gets the same answer, \
            byte for byte, even after the report was revised or reviewed.""")
    public ResponseEntity<ReportResponse> submit(Caller caller,
                                                  @Valid @RequestBody SubmitReport request,
                                                  @RequestHeader(value = IdempotencyKey.HEADER, required = false)
                                                  String idempotencyKey) {
        String unit = access.unitToSubmit(caller, request.unitCode());
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKey, access.idempotencyScope(caller, unit));
        Submission submission = intake.submit(request.forUnit(unit), caller.subject(),
                key == null ? null : key.forRequest("POST", PATH, canonical.writeValueAsString(request)));
        Report report = submission.report();
        return ResponseEntity.created(links.to(Report.LOCATION, report.id())).eTag(EntityTags.of(1))
                .body(ReportResponse.asSubmitted(report));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a report", description = """
            Access: PROVINCE_STAFF; UNIT_REPORTER or UNIT_STAFF of the report's unit or of the district \
            federation directly above it. Another unit: 404, as for a missing report; VIEWER and tokens without a \
            role: 403.""")
    public ResponseEntity<ReportResponse> get(Caller caller, @PathVariable String id) {
        access.requireReader(caller);
        Report report = access.readable(caller, workflow.get(id));
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every revision of a report", description = """
            Access: PROVINCE_STAFF; UNIT_REPORTER or UNIT_STAFF of the report's unit or of the district \
            federation directly above it. Another unit: 404, as for a missing report; VIEWER and tokens without a \
            role: 403.""")
    public List<Revision> revisions(Caller caller, @PathVariable String id) {
        access.requireReader(caller);
        return access.readable(caller, workflow.get(id)).revisions();
    }

    @GetMapping
    @Operation(summary = "List reports", description = """
            Access: PROVINCE_STAFF sees every report; UNIT_REPORTER and UNIT_STAFF only their own unit's and those \
            of the units directly below it (a `unit` outside that scope gives an empty page). VIEWER and tokens \
            without a role: 403. `reviewLevel=PARENT` selects the reports whose last review decision was taken \
            by the parent unit (e.g. what the districts accepted, with `status=ACCEPTED`), `reviewLevel=PROVINCE` \
            those decided by the province. `late` selects by the verdict now, after any extension of the deadline (gia hạn).""")
    public ReportPage list(Caller caller,
                           @RequestParam(required = false) String planId,
                           @RequestParam(required = false) @Min(1) Integer phase,
                           @RequestParam(required = false) String unit,
                           @RequestParam(required = false) ReportStatus status,
                           @RequestParam(required = false) Boolean late,
                           @RequestParam(required = false) ReviewLevel reviewLevel,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        String visibleTo = access.listScope(caller);
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        return ReportPage.of(queries.page(new ReportFilter(planId, phase, unit, status, late, visibleTo, reviewLevel),
                paging.page(), paging.size()), paging.page(), paging.size());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a report", description = """
            Access: PROVINCE_STAFF; UNIT_REPORTER of the report's own unit. The district federation above the \
            unit: 403 (it may read, not change); another unit: 404, as for a missing report; VIEWER and tokens \
            without a role: 403.""")
    public ResponseEntity<ReportResponse> revise(Caller caller, @PathVariable String id,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @Valid @RequestBody ReviseReport request) {
        access.requireReviser(caller);
        Report report = workflow.revise(id, EntityTags.requiredVersion(ifMatch), request.content(), caller.subject(),
                r -> access.requireRevisable(caller, r));
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a report", description = """
            Access: PROVINCE_STAFF (level PROVINCE, any report still awaiting review); UNIT_STAFF of the unit \
            directly above the reporting unit when the plan is reviewed by the parent (`reviewBy: PARENT`; level \
            PARENT). A unit's staff gets 403 on its own unit's report and on a plan the province reviews, 404 on \
            another unit's report (a sibling district's, as if missing); UNIT_REPORTER, VIEWER and tokens without \
            a role: 403. The reviewer recorded is the token's subject, with the level and the reviewing unit; the \
            body is optional.""")
    public ResponseEntity<ReportResponse> accept(Caller caller, @PathVariable String id,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @Valid @RequestBody(required = false) ReviewDecision decision) {
        access.requireReviewer(caller);
        Report report = workflow.accept(id, optionalVersion(ifMatch),
                (r, planReviewBy) -> access.reviewer(caller, r, planReviewBy));
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a report for revision", description = """
            Access: as for accepting: PROVINCE_STAFF (level PROVINCE); UNIT_STAFF of the unit directly above the \
            reporting unit for a plan reviewed by the parent (level PARENT); a unit's staff 403 on its own unit's \
            report or a plan the province reviews, 404 on another unit's report; UNIT_REPORTER, VIEWER and tokens \
            without a role: 403. `reason` required; the reviewer recorded is the token's subject, with the level \
            and the reviewing unit.""")
    public ResponseEntity<ReportResponse> returnForRevision(Caller caller,
                                                            @PathVariable String id,
                                                            @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                    required = false) String ifMatch,
                                                            @Valid @RequestBody ReviewDecision decision) {
        access.requireReviewer(caller);
        Report report = workflow.returnForRevision(id, optionalVersion(ifMatch),
                (r, planReviewBy) -> access.reviewer(caller, r, planReviewBy), decision.reason());
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(ReportResponse.of(report));
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
    }
}
