package vn.ldld.plan.units;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ldld.webhook.WebhookUrl;

/**
 * The body of {@code POST /api/units}: the code of the new unit and its details.
 *
 * @param code stable id, upper-case letters, digits, {@code -} and {@code _}, e.g. {@code LDLD-TB}
 * @param name full Vietnamese name
 * @param shortName short name used in documents, optional
 * @param kind kind of unit
 * @param parentCode code of an existing parent unit, optional
 * @param email contact address
 * @param webhookUrl an https URL of the unit's receiver on a public address, optional
 */
public record NewUnit(
        @NotBlank @Pattern(regexp = UnitDetails.CODE) String code,
        @NotBlank @Size(max = UnitDetails.NAME) String name,
        @Size(min = 1, max = UnitDetails.NAME) String shortName,
        @NotNull UnitKind kind,
        @Pattern(regexp = UnitDetails.CODE) String parentCode,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 2000) @WebhookUrl String webhookUrl) {

    /** The details part. */
    public UnitDetails details() {
        return new UnitDetails(name, shortName, kind, parentCode, email, webhookUrl);
    }
}
