package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-tolerant list normalisation for the content records (null → empty, unmodifiable copy). */
final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
