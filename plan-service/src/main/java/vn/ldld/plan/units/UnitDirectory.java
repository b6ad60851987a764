package vn.ldld.plan.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** What other features may read of the units directory: the units behind a set of codes. */
@Component
public class UnitDirectory {

    /** Parent codes per query when walking down the hierarchy. */
    private static final int BATCH = 1_000;
    /** Deeper than any real hierarchy: a longer chain is a cycle. */
    private static final int MAX_DEPTH = 20;

    private final UnitStore store;

    UnitDirectory(UnitStore store) {
        this.store = store;
    }

    /** The units with these codes, by code; a code without a unit is absent from the map. */
    public Map<String, Unit> find(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return store.findAll(codes).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    /**
     * Which of {@code codes} are units of the directory that are not below {@code ancestor} at any depth (the
     * ancestor itself is not below itself). Codes without a unit are left out: they are not units at all.
     */
    public Set<String> notBelow(Collection<String> codes, String ancestor) {
        Map<String, Unit> units = find(new HashSet<>(codes));
        Map<String, String> cursor = new java.util.HashMap<>();
        units.values().forEach(u -> cursor.put(u.code(), u.parentCode()));
        Set<String> outside = new HashSet<>();
        for (int depth = 0; !cursor.isEmpty() && depth < MAX_DEPTH; depth++) {
            cursor.entrySet().removeIf(e -> {
                if (e.getValue() == null) {
                    outside.add(e.getKey());
                    return true;
                }
                return ancestor.equals(e.getValue());
            });
            Map<String, Unit> parents = find(new HashSet<>(cursor.values()));
            cursor.replaceAll((code, parent) -> parents.containsKey(parent) ? parents.get(parent).parentCode() : null);
        }
        outside.addAll(cursor.keySet());
        return outside;
    }

    /** Whether {@code code} is {@code ancestor} or a unit below it. */
    public boolean isWithin(String code, String ancestor) {
        return code.equals(ancestor) || find(List.of(code)).containsKey(code)
                && notBelow(List.of(code), ancestor).isEmpty();
    }

    /**
     * The units below {@code code} in the hierarchy, active or not: its children only, or every descendant when
     * {@code descendants}, nearest first.
     */
    public List<Unit> below(String code, boolean descendants) {
        List<Unit> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(code));
        List<String> frontier = List.of(code);
        while (!frontier.isEmpty()) {
            List<Unit> children = new ArrayList<>();
            for (int i = 0; i < frontier.size(); i += BATCH) {
                children.addAll(store.children(frontier.subList(i, Math.min(frontier.size(), i + BATCH))));
            }
            List<Unit> level = children.stream().filter(u -> seen.add(u.code()))
                    .sorted(Comparator.comparing(Unit::code)).toList();
            found.addAll(level);
            frontier = descendants ? level.stream().map(Unit::code).toList() : List.of();
        }
        return found;
    }
}
