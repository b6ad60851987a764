package vn.ldld.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A URL the platform may call as a webhook ({@link WebhookTargets#refusal(String)}); null is valid. The violation's
 * message says what is wrong in words for the person who set it.
 */
@Documented
@Constraint(validatedBy = WebhookUrlValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebhookUrl {

    String message() default "must be a webhook URL this platform may call";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
