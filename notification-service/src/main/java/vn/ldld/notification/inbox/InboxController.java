package vn.ldld.notification.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.NotFoundException;
import vn.ldld.web.Paging;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * {@code /api/notifications}: a unit's inbox. A unit reporter reads and marks only its own unit's entries (the unit
 * from its token); province staff read every unit's; other roles get 403.
 */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    /** Largest page of an inbox. */
    static final int MAX_PAGE_SIZE = 200;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "A unit's inbox, newest first",
            description = "Roles: PROVINCE_STAFF (every unit, or the unit given) or UNIT_REPORTER or UNIT_STAFF "
                    + "(its own unit only: another unit given yields an empty page). Others: 403.")
    InboxPage list(Caller caller,
                   @RequestParam(required = false) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$",
                           message = "must be a unit code such as LDLD-GD") String unit,
                   @RequestParam(required = false) Boolean unread,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER, Role.UNIT_STAFF);
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        if (caller.isStaff()) {
            return inbox.page(unit, unread, paging.page(), paging.size());
        }
        String own = caller.requireUnit();
        if (unit != null && !unit.equals(own)) {
            return InboxPage.empty(page, size);
        }
        return inbox.page(own, unread, paging.page(), paging.size());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks an inbox entry read (the first reading time is kept)",
            description = "Roles: PROVINCE_STAFF (any entry) or UNIT_REPORTER or UNIT_STAFF (its own unit's "
                    + "entries; another unit's entry answers 404 like a missing one). Others: 403.")
    InboxEntry read(Caller caller,
                    @PathVariable @Pattern(regexp = "^[0-9a-f-]{36}$", message = "must be a notification id")
                    String id) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER, Role.UNIT_STAFF);
        String unit = caller.isStaff() ? null : caller.requireUnit();
        InboxEntry entry = inbox.markRead(id, unit);
        if (entry == null) {
            throw new NotFoundException("No notification " + id);
        }
        return entry;
    }
}
