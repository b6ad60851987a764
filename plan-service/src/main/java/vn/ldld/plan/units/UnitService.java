package vn.ldld.plan.units;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The use cases of the units directory. Each write of an existing unit checks the version the caller read
 * ({@code expectedVersion}, null to skip the check).
 */
@Service
public class UnitService {

    /** A page of units and how many match in all. */
    public record Page(List<Unit> units, long total) {
    }

    private static final Logger log = LoggerFactory.getLogger(UnitService.class);
    /** Deeper than any real hierarchy (province, district, grassroots): a longer chain is a cycle. */
    private static final int MAX_DEPTH = 20;

    private final UnitStore store;
    private final UnitDirectory directory;
    private final Clock clock;

    UnitService(UnitStore store, UnitDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Adds a unit.
     *
     * @throws UnitAlreadyExistsException when the code is taken
     * @throws InvalidUnitException when the parent does not exist
     */
    public Unit create(NewUnit request) {
        requireParent(request.code(), request.parentCode());
        Unit unit = Unit.create(request.code(), request.details(), now());
        try {
            store.insert(unit);
        } catch (DuplicateKeyException e) {
            throw new UnitAlreadyExistsException(request.code());
        }
        log.atInfo().setMessage("Unit created").addKeyValue("unitCode", unit.code())
                .addKeyValue("kind", unit.kind()).log();
        return unit;
    }

    /**
     * Adds a unit unless its code is taken (by it or by any other unit): what loading reference data needs.
     *
     * @return whether it was added
     */
    public boolean createIfAbsent(NewUnit request) {
        if (store.find(request.code()).isPresent()) {
            return false;
        }
        try {
            create(request);
            return true;
        } catch (UnitAlreadyExistsException concurrentlyCreated) {
            return false;
        }
    }

    /**
     * Adds many units at once, all or none checked before any is written: every code once, every parent either in
     * the directory or in the import, no cycle. Units whose code is already in the directory are left as they are
     * (change them with {@link #update}), so an import cut short can be sent again as it was.
     *
     * @throws InvalidUnitException naming {@code units[i].code} or {@code units[i].parentCode}
     */
    public UnitImport.Result importUnits(List<NewUnit> units) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Integer earlier = positions.putIfAbsent(units.get(i).code(), i);
            if (earlier != null) {
                throw new InvalidUnitException("units[" + i + "].code", "unit " + units.get(i).code()
                        + " is also units[" + earlier + "]");
            }
        }
        Set<String> present = store.findAll(positions.keySet()).stream().map(Unit::code).collect(Collectors.toSet());
        Set<String> outsideParents = units.stream().map(NewUnit::parentCode)
                .filter(parent -> parent != null && !positions.containsKey(parent)).collect(Collectors.toSet());
        Set<String> knownParents = store.findAll(outsideParents).stream().map(Unit::code).collect(Collectors.toSet());
        Map<String, NewUnit> byCode = new HashMap<>();
        units.forEach(unit -> byCode.put(unit.code(), unit));
        for (int i = 0; i < units.size(); i++) {
            requireImportedParent(units.get(i), "units[" + i + "].parentCode", byCode, knownParents);
        }
        Instant now = now();
        List<Unit> added = new ArrayList<>();
        for (NewUnit unit : units) {
            if (!present.contains(unit.code())) {
                added.add(Unit.create(unit.code(), unit.details(), now));
            }
        }
        int created = store.insertAllNew(added);
        log.atInfo().setMessage("Units imported").addKeyValue("created", created)
                .addKeyValue("alreadyPresent", units.size() - created).log();
        return new UnitImport.Result(created, units.size() - created);
    }

    private static void requireImportedParent(NewUnit unit, String field, Map<String, NewUnit> imported,
                                              Set<String> inDirectory) {
        Set<String> seen = new HashSet<>(Set.of(unit.code()));
        String ancestor = unit.parentCode();
        while (ancestor != null && imported.containsKey(ancestor)) {
            if (!seen.add(ancestor)) {
                throw new InvalidUnitException(field, "unit " + unit.parentCode() + " is " + unit.code()
                        + " itself or one of its descendants");
            }
            ancestor = imported.get(ancestor).parentCode();
        }
        if (ancestor != null && !inDirectory.contains(ancestor)) {
            throw new InvalidUnitException(field, "there is no unit " + ancestor
                    + " in the directory or in the import");
        }
    }

    /**
     * The unit with this code.
     *
     * @throws UnitNotFoundException when there is none
     */
    public Unit get(String code) {
        return store.find(code).orElseThrow(() -> new UnitNotFoundException(code));
    }

    /**
     * The unit with this code, if it is {@code within} or below it (what the staff of {@code within} may read).
     *
     * @throws UnitNotFoundException when there is none or it is elsewhere in the directory
     */
    public Unit get(String code, String within) {
        Unit unit = get(code);
        if (!code.equals(within) && !directory.notBelow(List.of(code), within).isEmpty()) {
            throw new UnitNotFoundException(code);
        }
        return unit;
    }

    /**
     * One page of the units matching {@code filter} among {@code within} and the units below it (what the staff of
     * {@code within} may read), by code, and how many match in all.
     */
    public Page list(UnitFilter filter, String within, int page, int size) {
        List<String> codes = new ArrayList<>(List.of(within));
        directory.below(within, true).forEach(u -> codes.add(u.code()));
        return list(new UnitFilter(filter.kind(), filter.parentCode(), filter.active(), filter.text(), codes), page,
                size);
    }

    /** One page of units matching {@code filter}, by code, and how many match in all. */
    public Page list(UnitFilter filter, int page, int size) {
        return new Page(store.page(filter, page, size), store.count(filter));
    }

    /**
     * Replaces the details of a unit (its code and active flag stay).
     *
     * @throws UnitNotFoundException when there is no such unit
     * @throws UnitVersionMismatchException when it is not at {@code expectedVersion}
     * @throws InvalidUnitException when the parent does not exist or would make a cycle
     */
    public Unit update(String code, Long expectedVersion, UnitDetails details) {
        Unit current = current(code, expectedVersion);
        requireParent(code, details.parentCode());
        return write(current, current.update(details, now()), "updated");
    }

    /**
     * Marks a unit inactive: plans can no longer be issued by it or addressed to it; plans already published keep
     * it. Deactivating an inactive unit changes nothing.
     *
     * @throws UnitNotFoundException when there is no such unit
     * @throws UnitVersionMismatchException when it is not at {@code expectedVersion}
     */
    public Unit setActive(String code, Long expectedVersion, boolean active) {
        Unit current = current(code, expectedVersion);
        if (current.active() == active) {
            return current;
        }
        return write(current, current.withActive(active, now()), active ? "activated" : "deactivated");
    }

    private Unit current(String code, Long expectedVersion) {
        Unit current = get(code);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new UnitVersionMismatchException(code, current.version());
        }
        return current;
    }

    private Unit write(Unit current, Unit next, String what) {
        if (!store.update(next, current.version())) {
            throw new UnitVersionMismatchException(current.code(), get(current.code()).version());
        }
        log.atInfo().setMessage("Unit {}").addArgument(what).addKeyValue("unitCode", next.code())
                .addKeyValue("version", next.version()).addKeyValue("active", next.active()).log();
        return next;
    }

    private void requireParent(String code, String parentCode) {
        if (parentCode == null) {
            return;
        }
        Set<String> seen = new HashSet<>(Set.of(code));
        String ancestor = parentCode;
        for (int depth = 0; ancestor != null && depth < MAX_DEPTH; depth++) {
            if (!seen.add(ancestor)) {
                throw new InvalidUnitException("parentCode", "unit " + parentCode + " is " + code
                        + " itself or one of its descendants");
            }
            String name = ancestor;
            Unit parent = store.find(ancestor).orElseThrow(() -> missingParent(parentCode, name));
            ancestor = parent.parentCode();
        }
    }

    private static InvalidUnitException missingParent(String parentCode, String missing) {
        return new InvalidUnitException("parentCode", parentCode.equals(missing)
                ? "there is no unit " + parentCode : "unit " + missing + " above " + parentCode + " does not exist");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
