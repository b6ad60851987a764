package vn.ldld.notification.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.InvalidRequestException;
import vn.ldld.web.NotFoundException;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * {@code /api/notifications/preferences/{unit}}: which channels reach a unit. Read and set by province staff or by the
 * unit's own reporter; another unit's reporter gets 404, other roles 403.
 */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferencesController {

    static final String UNIT_CODE = "^[A-Z0-9][A-Z0-9_-]{1,39}$";
    static final String UNIT_CODE_MESSAGE = "must be a unit code such as LDLD-GD";
    static final String ACCESS = "Roles: PROVINCE_STAFF (any unit) or UNIT_REPORTER or UNIT_STAFF (its own unit "
            + "only: another unit answers 404). Others: 403.";

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/{unit}")
    @Operation(summary = "A unit's channels (the webhook secret is never returned)", description = ACCESS)
    PreferencesResponse get(Caller caller,
                            @PathVariable @Pattern(regexp = UNIT_CODE, message = UNIT_CODE_MESSAGE) String unit) {
        checkAccess(caller, unit);
        return PreferencesResponse.of(preferences.of(unit));
    }

    @PutMapping("/{unit}")
    @Operation(summary = "Sets a unit's channels", description = ACCESS + " A new webhook URL set by a unit reporter "
            + "waits for province staff's approval (webhookStatus PENDING_APPROVAL); set by staff it is approved. "
            + "Without webhookSecret the unit keeps the secret it has.")
    PreferencesResponse put(Caller caller,
                            @PathVariable @Pattern(regexp = UNIT_CODE, message = UNIT_CODE_MESSAGE) String unit,
                            @Valid @RequestBody PreferencesRequest request) {
        checkAccess(caller, unit);
        if (request.channels().contains(Channel.EMAIL) && request.email() == null) {
            throw new InvalidRequestException("email", "required when channels contains EMAIL");
        }
        if (request.channels().contains(Channel.WEBHOOK) && request.webhookUrl() == null) {
            throw new InvalidRequestException("webhookUrl", "required when channels contains WEBHOOK");
        }
        if (request.channels().contains(Channel.WEBHOOK) && request.webhookSecret() == null
                && !preferences.hasWebhookSecret(unit)) {
            throw new InvalidRequestException("webhookSecret", "required when channels contains WEBHOOK");
        }
        return PreferencesResponse.of(preferences.save(unit, request.channels(), request.email(),
                request.webhookUrl(), request.webhookSecret(), caller.isStaff() ? caller.subject() : null));
    }

    /** Staff may see every unit's preferences, a reporter only its own unit's: another unit is not found. */
    private static void checkAccess(Caller caller, String unit) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER, Role.UNIT_STAFF);
        if (!caller.isStaff() && !caller.requireUnit().equals(unit)) {
            throw new NotFoundException("No unit " + unit);
        }
    }
}
