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
