package vn.ldld.notification.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ldld.web.InvalidRequestException;

/** {@code /api/notifications/preferences/{unit}}: which channels reach a unit. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferencesController {

    static final String UNIT_CODE = "^[A-Z0-9][A-Z0-9_-]{1,39}$";

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/{unit}")
    PreferencesResponse get(@PathVariable @Pattern(regexp = UNIT_CODE, message = "must be a unit code such as LDLD-GD")
                            String unit) {
        return PreferencesResponse.of(preferences.of(unit));
    }

    @PutMapping("/{unit}")
    PreferencesResponse put(@PathVariable @Pattern(regexp = UNIT_CODE, message = "must be a unit code such as LDLD-GD")
                            String unit, @Valid @RequestBody PreferencesRequest request) {
        if (request.channels().contains(Channel.EMAIL) && request.email() == null) {
            throw new InvalidRequestException("email", "required when channels contains EMAIL");
        }
        if (request.channels().contains(Channel.WEBHOOK) && request.webhookUrl() == null) {
            throw new InvalidRequestException("webhookUrl", "required when channels contains WEBHOOK");
        }
        if (request.channels().contains(Channel.WEBHOOK) && request.webhookSecret() == null) {
            throw new InvalidRequestException("webhookSecret", "required when channels contains WEBHOOK");
        }
        return PreferencesResponse.of(preferences.save(unit, request.channels(), request.email(),
                request.webhookUrl(), request.webhookSecret()));
    }
}
