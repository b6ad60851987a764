package vn.ldld.webhook;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link WebhookUrl} with the service's {@link WebhookTargets} (created by Spring's validator factory). */
class WebhookUrlValidator implements ConstraintValidator<WebhookUrl, String> {

    private final WebhookTargets targets;

    WebhookUrlValidator(WebhookTargets targets) {
        this.targets = targets;
    }

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        if (url == null) {
            return true;
        }
        Optional<String> refusal = targets.refusal(url);
        if (refusal.isEmpty()) {
            return true;
        }
        // a fixed text of WebhookTargets, never the URL itself: nothing of the input is interpolated
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(refusal.get()).addConstraintViolation();
        return false;
    }
}
