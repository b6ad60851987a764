package vn.ldld.plan.units;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.plan.text.SearchText;

/**
 * An organisational unit of the directory (đơn vị): the federations, unions and partner agencies that issue and
 * receive plans. Stored as one document of the {@value #COLLECTION} collection, keyed by its code.
 *
 * @param code stable id, e.g. {@code LDLD-TB}; never changes
 * @param name full Vietnamese name
 * @param shortName short name used in documents, or null
 * @param kind kind of unit
 * @param parentCode code of the parent unit, or null for a top-level unit or a partner agency
 * @param email contact address of the unit
 * @param webhookUrl where the unit wants to be called on news, or null
 * @param active whether plans may still be addressed to (or issued by) the unit
 * @param version revision, +1 on every write: the optimistic lock and the HTTP entity tag
 * @param createdAt when the unit was added
 * @param updatedAt when it was last written
 * @param searchText code, name and short name folded by {@link SearchText#of}; recomputed on every write
 */
@Document(Unit.COLLECTION)
public record Unit(
        @Id String code,
        String name,
        String shortName,
        UnitKind kind,
        String parentCode,
        String email,
        String webhookUrl,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String searchText) {

    /** The collection of the units. */
    public static final String COLLECTION = "units";

    public Unit {
        searchText = SearchText.of(code, name, shortName);
    }

    /** A new active unit at version 1. */
    public static Unit create(String code, UnitDetails details, Instant now) {
        return new Unit(code, details.name(), details.shortName(), details.kind(), details.parentCode(),
                details.email(), details.webhookUrl(), true, 1, now, now, null);
    }

    /** This unit with new details, at the next version. */
    public Unit update(UnitDetails details, Instant now) {
        return new Unit(code, details.name(), details.shortName(), details.kind(), details.parentCode(),
                details.email(), details.webhookUrl(), active, version + 1, createdAt, now, null);
    }

    /** This unit active or not, at the next version. */
    public Unit withActive(boolean newActive, Instant now) {
        return new Unit(code, name, shortName, kind, parentCode, email, webhookUrl, newActive, version + 1, createdAt,
                now, null);
    }
}
