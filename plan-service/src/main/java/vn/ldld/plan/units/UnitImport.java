package vn.ldld.plan.units;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/units/import}: a part of the directory, e.g. every grassroots union of a district,
 * in any order (a parent may come after its children).
 *
 * @param units the units, at most {@value #MAX_UNITS}
 */
public record UnitImport(@NotNull @Size(min = 1, max = MAX_UNITS) List<@NotNull @Valid NewUnit> units) {

    /** Units in one import: about 200 KB of JSON, under the gateway's 256 KB limit on a request body. */
    public static final int MAX_UNITS = 1000;

    /**
     * What an import did.
     *
     * @param created units added
     * @param alreadyPresent units whose code was already in the directory, left as they are
     */
    public record Result(int created, int alreadyPresent) {
    }
}
