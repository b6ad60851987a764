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

import vn.ldld.web.NotFoundException;

/** {@code /api/notifications}: a unit's inbox. */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    InboxPage list(@RequestParam @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$",
                           message = "must be a unit code such as LDLD-GD") String unit,
                   @RequestParam(required = false) Boolean unread,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return inbox.page(unit, unread, page, size);
    }

    @PostMapping("/{id}/read")
    InboxEntry read(@PathVariable @Pattern(regexp = "^[0-9a-f-]{36}$", message = "must be a notification id")
                    String id) {
        InboxEntry entry = inbox.markRead(id);
        if (entry == null) {
            throw new NotFoundException("No notification " + id);
        }
        return entry;
    }
}
