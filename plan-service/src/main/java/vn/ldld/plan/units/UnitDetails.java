package vn.ldld.plan.units;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ldld.webhook.WebhookUrl;

/**
 * What can be written of a unit: the body of {@code PUT /api/units/{code}}.
 *
 * @param name full Vietnamese name
 * @param shortName short name used in documents, optional
 * @param kind kind of unit
 * @param parentCode code of an existing parent unit, optional
 * @param email contact address
 * @param webhookUrl an https URL of the unit's receiver on a public address, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitDetails(
        @NotBlank @Size(max = UnitDetails.NAME) String name,
        @Size(min = 1, max = UnitDetails.NAME) String shortName,
        @NotNull UnitKind kind,
        @Pattern(regexp = UnitDetails.CODE) String parentCode,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 2000) @WebhookUrl String webhookUrl) {

    /** Format of a unit code. */
    public static final String CODE = "^[A-Z0-9][A-Z0-9_-]{1,39}$";
    static final int NAME = 300;
}
