package vn.ldld.notification.preference;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.ApiError;
import vn.ldld.web.InvalidRequestException;
import vn.ldld.web.NotFoundException;
import vn.ldld.web.Problems;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;
import vn.ldld.webhook.WebhookTargets;

/**
 * {@code /api/notifications/webhooks}: province staff review the units' webhook URLs and approve each new one; nothing
 * is posted to a URL before. Other roles get 403.
 */
@RestController
@RequestMapping("/api/notifications/webhooks")
class WebhookApprovalController {

    private static final Logger log = LoggerFactory.getLogger(WebhookApprovalController.class);
    static final String ACCESS = "Roles: PROVINCE_STAFF. Others: 403.";

    private final Preferences preferences;
    private final WebhookTargets targets;

    WebhookApprovalController(Preferences preferences, WebhookTargets targets) {
        this.preferences = preferences;
        this.targets = targets;
    }

    @GetMapping
    @Operation(summary = "The units' webhook URLs, by unit; status=PENDING_APPROVAL lists those to review",
            description = ACCESS)
    List<WebhookView> list(Caller caller, @RequestParam(required = false) WebhookStatus status) {
        caller.require(Role.PROVINCE_STAFF);
        return preferences.withWebhook().stream().map(WebhookView::of)
                .filter(view -> status == null || view.status() == status).toList();
    }

    @PostMapping("/{unit}/approval")
    @Operation(summary = "Approves a unit's webhook URL, the one reviewed (409 if the unit changed it meanwhile)",
            description = ACCESS)
    ResponseEntity<?> approve(Caller caller, @PathVariable @Pattern(regexp = PreferencesController.UNIT_CODE,
                                      message = PreferencesController.UNIT_CODE_MESSAGE) String unit,
                              @Valid @RequestBody WebhookApprovalRequest request) {
        caller.require(Role.PROVINCE_STAFF);
        UnitPreferences current = withWebhook(unit);
        if (!current.webhookUrl().equals(request.webhookUrl())) {
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Webhook URL changed",
                    "The unit's webhook URL is no longer the one reviewed: review " + current.webhookUrl());
            problem.setProperty(Problems.ERRORS, List.of(new ApiError("webhookUrl", "is not the unit's URL now")));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        targets.refusal(request.webhookUrl()).ifPresent(refusal -> {
            throw new InvalidRequestException("webhookUrl", refusal);
        });
        UnitPreferences approved = preferences.approve(unit, request.webhookUrl(), caller.subject());
        if (approved == null) {
            return approve(caller, unit, request); // changed between the read and the approval: answered as above
        }
        log.atInfo().setMessage("Webhook approved").addKeyValue("unitCode", unit)
                .addKeyValue("approvedBy", caller.subject()).log();
        return ResponseEntity.ok(WebhookView.of(approved));
    }

    @DeleteMapping("/{unit}/approval")
    @Operation(summary = "Withdraws the approval of a unit's webhook: nothing more is posted to it",
            description = ACCESS)
    WebhookView revoke(Caller caller, @PathVariable @Pattern(regexp = PreferencesController.UNIT_CODE,
            message = PreferencesController.UNIT_CODE_MESSAGE) String unit) {
        caller.require(Role.PROVINCE_STAFF);
        withWebhook(unit);
        UnitPreferences revoked = preferences.revoke(unit);
        log.atInfo().setMessage("Webhook approval withdrawn").addKeyValue("unitCode", unit)
                .addKeyValue("by", caller.subject()).log();
        return WebhookView.of(revoked);
    }

    private UnitPreferences withWebhook(String unit) {
        UnitPreferences current = preferences.of(unit);
        if (current.webhookUrl() == null) {
            throw new NotFoundException("Unit " + unit + " has no webhook");
        }
        return current;
    }
}
