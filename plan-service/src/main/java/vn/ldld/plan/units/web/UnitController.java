package vn.ldld.plan.units.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

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

import vn.ldld.plan.units.NewUnit;
import vn.ldld.plan.units.Unit;
import vn.ldld.plan.units.UnitDetails;
import vn.ldld.plan.units.UnitFilter;
import vn.ldld.plan.units.UnitImport;
import vn.ldld.plan.units.UnitKind;
import vn.ldld.plan.units.UnitService;
import vn.ldld.web.EntityTags;
import vn.ldld.web.Paging;
import vn.ldld.web.PublicLinks;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * HTTP API of the units directory: {@code /api/units}. Every response with one unit carries its version as
 * {@code ETag}; every write of an existing unit requires it back in {@code If-Match}.
 *
 * <p>Access: province staff and unit reporters read the directory (a unit's webhook URL only to staff and to the
 * unit itself); a unit's staff reads its own unit and the units below it (any other unit answers 404); only province
 * staff write it; other roles get 403.
 */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Units", description = "Directory of the federations, unions and partner agencies")
@PreAuthorize(UnitController.READERS)
public class UnitController {

    /** Who may read the directory. */
    static final String READERS = "hasAnyRole('PROVINCE_STAFF', 'UNIT_REPORTER', 'UNIT_STAFF')";
    /** Who may write it. */
    static final String WRITERS = "hasRole('PROVINCE_STAFF')";

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 100;

    private final UnitService units;
    private final PublicLinks links;

    UnitController(UnitService units, PublicLinks links) {
        this.units = units;
        this.links = links;
    }

    @Operation(summary = "Add a unit", description = "201 with its location; 409 when the code is taken")
    @PreAuthorize(WRITERS)
    @PostMapping
    public ResponseEntity<UnitResponse> create(@Valid @RequestBody NewUnit request) {
        Unit unit = units.create(request);
        URI location = links.to("/api/units/{code}", unit.code());
        return ResponseEntity.created(location).eTag(EntityTags.of(unit.version())).body(UnitResponse.of(unit));
    }

    @Operation(summary = "Import units", description = "Adds up to 1,000 units at once (e.g. every grassroots union "
            + "of a district), in any order: every code once, every parent in the directory or in the import; all are "
            + "checked before any is written (400 naming units[i].code or units[i].parentCode). Units already in the "
            + "directory are left as they are and counted, so an import cut short can be sent again as it was")
    @PreAuthorize(WRITERS)
    @PostMapping("/import")
    public UnitImport.Result importUnits(@Valid @RequestBody UnitImport request) {
        return units.importUnits(request.units());
    }

    @Operation(summary = "Read a unit", description = "The webhook URL is shown to province staff and to the unit "
            + "itself only. A unit's staff (UNIT_STAFF) reads its own unit and the units below it; any other unit "
            + "answers 404")
    @GetMapping("/{code}")
    public ResponseEntity<UnitResponse> get(@PathVariable String code, Caller caller) {
        Unit unit = unitStaff(caller) ? units.get(code, caller.requireUnit()) : units.get(code);
        return ResponseEntity.ok().eTag(EntityTags.of(unit.version())).body(shownTo(caller, UnitResponse.of(unit)));
    }

    @Operation(summary = "List units", description = "By code; filter by kind, parent, active flag and text "
            + "(code, name or short name, with or without diacritics: 'trang bang' finds 'Trảng Bàng'); the webhook "
            + "URLs are shown to province staff only (and a unit reporter its own unit's). A unit's staff (UNIT_STAFF) "
            + "lists only its own unit and the units below it (the filters apply inside them)")
    @GetMapping
    public UnitPage list(@RequestParam(required = false) UnitKind kind,
                         @RequestParam(required = false) String parent,
                         @RequestParam(required = false) Boolean active,
                         @RequestParam(required = false) @Size(max = 200) String q,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                         Caller caller) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        UnitFilter filter = new UnitFilter(kind, parent, active, q);
        UnitService.Page found = unitStaff(caller)
                ? units.list(filter, caller.requireUnit(), paging.page(), paging.size())
                : units.list(filter, paging.page(), paging.size());
        return new UnitPage(found.units().stream().map(unit -> shownTo(caller, UnitResponse.of(unit))).toList(),
                paging.page(), paging.size(), found.total());
    }

    @Operation(summary = "Replace the details of a unit", description = "Needs If-Match with the version read")
    @PreAuthorize(WRITERS)
    @PutMapping("/{code}")
    public ResponseEntity<UnitResponse> update(@PathVariable String code,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody UnitDetails details) {
        return ok(units.update(code, EntityTags.requiredVersion(ifMatch), details));
    }

    @Operation(summary = "Deactivate a unit", description = "Plans can no longer be issued by it or addressed to "
            + "it; needs If-Match with the version read")
    @PreAuthorize(WRITERS)
    @PostMapping("/{code}/deactivate")
    public ResponseEntity<UnitResponse> deactivate(@PathVariable String code,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(units.setActive(code, EntityTags.requiredVersion(ifMatch), false));
    }

    @Operation(summary = "Reactivate a unit", description = "Needs If-Match with the version read")
    @PreAuthorize(WRITERS)
    @PostMapping("/{code}/activate")
    public ResponseEntity<UnitResponse> activate(@PathVariable String code,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(units.setActive(code, EntityTags.requiredVersion(ifMatch), true));
    }

    /** Whether {@code caller} is a unit's staff, who reads only its own part of the directory. */
    private static boolean unitStaff(Caller caller) {
        return !caller.isStaff() && caller.has(Role.UNIT_STAFF);
    }

    /** The unit as {@code caller} may see it: without its webhook URL (it may carry a secret) unless staff or own. */
    private static UnitResponse shownTo(Caller caller, UnitResponse unit) {
        return caller.isStaff() || caller.isUnit(unit.code()) ? unit : unit.withoutWebhookUrl();
    }

    private static ResponseEntity<UnitResponse> ok(Unit unit) {
        return ResponseEntity.ok().eTag(EntityTags.of(unit.version())).body(UnitResponse.of(unit));
    }
}
