package vn.ldld.plan.plans.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.PlanAuthor;
import vn.ldld.plan.plans.PlanContent;
import vn.ldld.plan.plans.PlanFilter;
import vn.ldld.plan.plans.PlanScope;
import vn.ldld.plan.plans.PlanService;
import vn.ldld.plan.plans.PlanStatus;
import vn.ldld.plan.plans.events.PlanSnapshot;
import vn.ldld.web.EntityTags;
import vn.ldld.web.Paging;
import vn.ldld.web.PublicLinks;
import vn.ldld.web.security.Caller;

/**
 * HTTP API of plans: {@code /api/plans}. Drafts are created, edited and published; published plans are amended,
 * closed or cancelled. Every response with one plan carries its version as {@code ETag}, and every write of an
 * existing plan requires it back in {@code If-Match}.
 *
 * <p>Access: province staff may do everything; a unit reporter reads only the published plans that name its unit
 * among the recipients (any other plan answers 404 exactly like a missing one) and writes nothing (403); a unit's
 * staff reads those and every plan its unit issued (drafts included) and writes only its unit's implementing plans
 * (403 on a plan it reads but may not write, 404 on one it cannot read); other roles get 403.
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Plans (kế hoạch): drafts, publication, amendments, closing and cancelling")
@PreAuthorize(PlanController.READERS)
public class PlanController {

    /** Who may read plans (a unit reporter only those addressed to its unit). */
    static final String READERS = "hasAnyRole('PROVINCE_STAFF', 'UNIT_REPORTER', 'UNIT_STAFF')";
    /** Who may write plans (a unit's staff only its unit's implementing plans). */
    static final String WRITERS = "hasAnyRole('PROVINCE_STAFF', 'UNIT_STAFF')";
    private static final String UNIT_SCOPE = " A unit reporter sees only the published (not draft) plans that name "
            + "its unit among the recipients; a unit's staff sees those and every plan its unit issued, drafts "
            + "included; any other plan answers 404 like a missing one.";
    private static final String UNIT_WRITES = " A unit's staff (UNIT_STAFF) writes only its own unit's implementing "
            + "plans (issuer.code its unit, implementsPlanId set): 403 on a plan it reads but may not write (e.g. the "
            + "province's plan addressed to its unit), 404 on a plan it cannot read; unit reporters 403.";

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 100;

    private final PlanService plans;
    private final PublicLinks links;

    /** Largest page of recipients. */
    static final int RECIPIENT_PAGE_SIZE = 500;

    public PlanController(PlanService plans, PublicLinks links) {
        this.plans = plans;
        this.links = links;
    }

    /** Creates a draft: 201 with its location. */
    @Operation(summary = "Create a draft", description = "201 with its location; units may be given by code alone. "
            + "With implementsPlanId (an implementing plan, Kế hoạch triển khai): the plan it implements must be "
            + "published, the issuer one of its units that must report, and the recipients and rules only units "
            + "below the issuer (400 naming implementsPlanId, issuer.code, recipients[i].unit.code or "
            + "recipientRules[i].under). A unit's staff creates only its own unit's implementing plans: another "
            + "issuer 403, no implementsPlanId 400 naming it.")
    @PreAuthorize(WRITERS)
    @PostMapping
    public ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanContent content, Caller caller) {
        Plan plan = plans.create(content, PlanAuthor.of(caller));
        URI location = links.to("/api/plans/{id}", plan.id());
        return ResponseEntity.created(location).eTag(EntityTags.of(plan.version())).body(PlanResponse.of(plan));
    }

    /** Copies a plan into a new draft for the next phase or year: 201 with its location. */
    @Operation(summary = "Copy a plan into a new draft", description = "For the next phase or year: 201 with the "
            + "location of the new draft, which keeps the title, texts, sections, tasks, report template, recipients "
            + "and signer of the plan (any status) and has no number, no date of issue and no phases; units as the "
            + "directory has them now; an implementing plan's copy implements the same plan. 404 when there is no "
            + "such plan." + UNIT_WRITES)
    @PreAuthorize(WRITERS)
    @PostMapping("/{id}/copy")
    public ResponseEntity<PlanResponse> copy(@PathVariable String id, Caller caller) {
        Plan copy = plans.copy(id, PlanAuthor.of(caller));
        URI location = links.to("/api/plans/{id}", copy.id());
        return ResponseEntity.created(location).eTag(EntityTags.of(copy.version())).body(PlanResponse.of(copy));
    }

    /** One plan. */
    @Operation(summary = "Read a plan", description = "404 when there is none." + UNIT_SCOPE)
    @GetMapping("/{id}")
    public ResponseEntity<PlanResponse> get(@PathVariable String id, Caller caller) {
        return ok(plans.get(id, scope(caller)));
    }

    /**
     * A page of plans, newest first, filtered by status, year of issue, issuer and text (number or title, with or
     * without diacritics); at most {@value #MAX_PAGE_SIZE} per page, as far as {@link Paging} reaches.
     */
    @Operation(summary = "List plans", description = "Newest first; filter by status, year of issue, issuer code "
            + "and text in the number or title, with or without diacritics ('dan van' finds 'dân vận')."
            + " A unit reporter lists only the published plans that name its unit among the recipients, a unit's "
            + "staff those and every plan its unit issued, drafts included (the filters apply inside them).")
    @GetMapping
    public PlanPage list(@RequestParam(required = false) PlanStatus status,
                         @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
                         @RequestParam(required = false) String issuer,
                         @RequestParam(required = false) @Size(max = 200) String q,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                         Caller caller) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        PlanService.Page found = plans.list(new PlanFilter(status, year, issuer, q, scope(caller)), paging.page(),
                paging.size());
        return new PlanPage(found.plans().stream().map(PlanSummary::of).toList(), paging.page(), paging.size(),
                found.total());
    }

    /** Replaces the content of a draft; {@code If-Match} must name the version read. */
    @Operation(summary = "Replace the content of a draft", description = "Needs If-Match with the version read; the "
            + "rules of an implementing plan as for a new draft." + UNIT_WRITES)
    @PreAuthorize(WRITERS)
    @PutMapping("/{id}")
    public ResponseEntity<PlanResponse> edit(@PathVariable String id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody PlanContent content, Caller caller) {
        return ok(plans.edit(id, EntityTags.requiredVersion(ifMatch), content, PlanAuthor.of(caller)));
    }

    /** Publishes a draft; {@code If-Match} must name the version read. */
    @Operation(summary = "Publish a draft",
            description = "Gives it the next number of its issuer for the year of issue and sends PlanPublished. An"
                    + " optional body names the signer of the issued plan (replacing the draft's), whose name is often"
                    + " known only on the day of issue. An implementing plan is checked again as a new draft is, and each"
                    + " of its phase numbers must exist in the plan it implements (400 naming phases[i].number)."
                    + UNIT_WRITES)
    @PreAuthorize(WRITERS)
    @PostMapping("/{id}/publish")
    public ResponseEntity<PlanResponse> publish(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody(required = false) PlanPublishRequest request,
                                                Principal principal, Caller caller) {
        return ok(plans.publish(id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.signer(),
                name(principal), PlanAuthor.of(caller)));
    }

    /** Closes a published plan: no more reports are expected; {@code If-Match} must name the version read. */
    @Operation(summary = "Close a published plan", description = "Sends PlanClosed." + UNIT_WRITES)
    @PreAuthorize(WRITERS)
    @PostMapping("/{id}/close")
    public ResponseEntity<PlanResponse> close(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody PlanEndRequest request, Principal principal,
                                              Caller caller) {
        return ok(plans.close(id, EntityTags.requiredVersion(ifMatch), request.reason(), name(principal),
                PlanAuthor.of(caller)));
    }

    /** Cancels a draft or a published plan; {@code If-Match} must name the version read. */
    @Operation(summary = "Cancel a draft or a published plan", description = "Sends PlanCancelled if it was published."
            + UNIT_WRITES)
    @PreAuthorize(WRITERS)
    @PostMapping("/{id}/cancel")
    public ResponseEntity<PlanResponse> cancel(@PathVariable String id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody PlanEndRequest request, Principal principal,
                                               Caller caller) {
        return ok(plans.cancel(id, EntityTags.requiredVersion(ifMatch), request.reason(), name(principal),
                PlanAuthor.of(caller)));
    }

    /** Amends a published plan: 201 with the location of the new version. */
    @Operation(summary = "Amend a published plan",
            description = "201 with the location of the new version; sends PlanAmended. The plan an implementing plan "
                    + "implements cannot change (400 naming plan.implementsPlanId); its recipients stay below its "
                    + "issuer and its phases those of the plan it implements." + UNIT_WRITES)
    @PreAuthorize(WRITERS)
    @PostMapping("/{id}/amendments")
    public ResponseEntity<PlanResponse> amend(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody PlanAmendmentRequest request, Principal principal,
                                              Caller caller) {
        Plan plan = plans.amend(id, EntityTags.requiredVersion(ifMatch), request.reason(), request.plan(),
                name(principal), PlanAuthor.of(caller));
        URI location = links.to("/api/plans/{id}/versions/{version}", id, plan.publishedVersion());
        return ResponseEntity.created(location).eTag(EntityTags.of(plan.version())).body(PlanResponse.of(plan));
    }

    /** Creates the draft of an implementing plan of a published plan: 201 with its location. */
    @Operation(summary = "Create the draft of an implementing plan (Kế hoạch triển khai)", description = "Of the "
            + "published plan {id}, for the caller's unit (a unit's staff) or, for province staff, for the unit named "
            + "in the body {\"unitCode\": \"LDLD-TB\"} (required for province staff: 400 naming unitCode without it;"
            + " ignored otherwise). The unit must be a unit that must report on the plan (else 400 naming unitCode, "
            + "for a unit's staff 403). 201 with the location and ETag of the new draft: implementsPlanId the plan, "
            + "issued by the unit, titled \"triển khai \" and the plan's title, based first on the plan (\"Kế hoạch số "
            + "…\") then on its legal basis, with its purpose, requirements, sections, tasks, phases and report "
            + "template, addressed by one rule to the units directly below the unit (MUST_REPORT), reviewBy PARENT, "
            + "no place, date of issue or signer. A plan that is not published answers 409 (as any operation its "
            + "status does not allow), a plan the caller cannot read 404; unit reporters and viewers 403.")
    @PreAuthorize(WRITERS)
    @PostMapping("/{id}/implementations")
    public ResponseEntity<PlanResponse> implement(@PathVariable String id,
                                                  @Valid @RequestBody(required = false) PlanImplementationRequest request,
                                                  Caller caller) {
        Plan plan = plans.implement(id, request == null ? null : request.unitCode(), PlanAuthor.of(caller));
        URI location = links.to("/api/plans/{id}", plan.id());
        return ResponseEntity.created(location).eTag(EntityTags.of(plan.version())).body(PlanResponse.of(plan));
    }

    /** The published versions of a plan, oldest first. */
    @Operation(summary = "List the published versions of a plan", description = "404 when there is no such plan."
            + UNIT_SCOPE)
    @GetMapping("/{id}/versions")
    public List<PlanVersion> versions(@PathVariable String id, Caller caller) {
        return PlanVersion.of(plans.get(id, scope(caller)));
    }

    /** A published version of a plan, whole, as the events carry it. */
    @Operation(summary = "Read a published version of a plan", description = "As the events carry it; 404 when "
            + "there is no such plan or version." + UNIT_SCOPE)
    @GetMapping("/{id}/versions/{version}")
    public PlanSnapshot version(@PathVariable String id, @PathVariable int version, Caller caller) {
        return PlanSnapshot.of(plans.getVersion(id, version, scope(caller)));
    }

    /**
     * One page of the units a plan addresses: for a published plan the resolved set of its current version, for a
     * draft what its rules and listed units resolve to now.
     */
    @Operation(summary = "List the recipients of a plan, page by page", description = "Published plan: the units its "
            + "current version addresses, resolved from its rules and listed units at publication or amendment (who "
            + "must report). Draft: what its rules and listed units resolve to now against the units directory "
            + "(active units only). With unit=CODE: that unit only, with its role (an empty page when the plan does "
            + "not address it). Free-text recipients are not units and are not listed. 404 when there is no "
            + "such plan." + UNIT_SCOPE)
    @GetMapping("/{id}/recipients")
    public RecipientPage recipients(@PathVariable String id,
                                    @RequestParam(required = false) @Size(max = 40) String unit,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "100") @Min(1) @Max(RECIPIENT_PAGE_SIZE) int size,
                                    Caller caller) {
        Paging paging = Paging.of(page, size, RECIPIENT_PAGE_SIZE);
        PlanService.RecipientPage found = plans.recipients(id, scope(caller), unit, paging.page(), paging.size());
        return new RecipientPage(found.recipients(), paging.page(), paging.size(), found.total());
    }

    /**
     * All plans for province staff; for a unit reporter, the published plans addressed to its unit; for a unit's
     * staff, those and its unit's own plans.
     */
    private static PlanScope scope(Caller caller) {
        return PlanScope.of(caller);
    }

    private static String name(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    private static ResponseEntity<PlanResponse> ok(Plan plan) {
        return ResponseEntity.status(HttpStatus.OK).eTag(EntityTags.of(plan.version())).body(PlanResponse.of(plan));
    }
}
