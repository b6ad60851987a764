package vn.ldld.plan.units;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** What other features may read of the units directory: the units behind a set of codes. */
@Component
public class UnitDirectory {

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
}
