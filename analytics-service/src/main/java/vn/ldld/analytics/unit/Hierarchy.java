package vn.ldld.analytics.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parent links between units, as the plan and report events carry them. */
public final class Hierarchy {

    private final Map<String, Unit> units = new LinkedHashMap<>();

    /** The hierarchy of these units; the first unit seen with a given code and a name wins. */
    public static Hierarchy of(Collection<Unit> known) {
        Hierarchy hierarchy = new Hierarchy();
        known.forEach(hierarchy::add);
        return hierarchy;
    }

    private void add(Unit unit) {
        if (unit == null || unit.code() == null) {
            return;
        }
        Unit existing = units.get(unit.code());
        if (existing == null || existing.name() == null && unit.name() != null) {
            units.put(unit.code(), unit);
        }
    }

    /** The unit with this code, or a unit known by its code only. */
    public Unit unit(String code) {
        return units.getOrDefault(code, Unit.of(code, null));
    }

    /** The ancestors of a unit, nearest first; a cycle in the data ends the chain. */
    public List<String> ancestors(String code) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(code));
        String parent = unit(code).parentCode();
        while (parent != null && seen.add(parent)) {
            chain.add(parent);
            parent = unit(parent).parentCode();
        }
        return chain;
    }

    /** Whether {@code code} is {@code ancestor} itself or one of its descendants. */
    public boolean isWithin(String code, String ancestor) {
        return code.equals(ancestor) || ancestors(code).contains(ancestor);
    }
}
