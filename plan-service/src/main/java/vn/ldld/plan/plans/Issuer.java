package vn.ldld.plan.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ldld.plan.units.UnitKind;

/**
 * The unit issuing a plan, with the symbol its documents are numbered with ({@code 15/KH-LĐLĐ}). As for
 * {@link UnitRef}, the code is enough: the rest of the unit comes from the units directory.
 *
 * @param code stable unit code, e.g. {@code LDLD-TN}
 * @param name full Vietnamese name
 * @param shortName short name used in documents, optional
 * @param kind kind of unit
 * @param parentCode code of the parent unit, or null
 * @param documentSymbol symbol of the issuer in document numbers; {@value #DEFAULT_SYMBOL} when absent
 */
public record Issuer(
        @NotBlank @Pattern(regexp = Limits.UNIT_CODE) String code,
        @Size(min = 1, max = Limits.NAME) String name,
        @Size(min = 1, max = Limits.NAME) String shortName,
        UnitKind kind,
        @Pattern(regexp = Limits.UNIT_CODE) String parentCode,
        @Pattern(regexp = "^[\\p{L}\\p{M}\\p{N}-]{1,20}$") String documentSymbol) {

    /** Symbol of a Liên đoàn Lao động. */
    public static final String DEFAULT_SYMBOL = "LĐLĐ";

    public Issuer {
        documentSymbol = documentSymbol == null ? DEFAULT_SYMBOL : documentSymbol;
    }

    /** The issuer as a plain unit reference. */
    public UnitRef unit() {
        return new UnitRef(code, name, shortName, kind, parentCode);
    }
}
