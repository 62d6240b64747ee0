package dev.concierge.schemas.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies for the list and map components of event records, so that an event cannot
 * change after it is built, whoever handed in the collection. Null stays null and null elements are
 * kept: whether a value may be missing is the codec's rule ({@link Nullable}), not the copy's.
 */
public final class Immutable {

    private Immutable() {
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Keeps the iteration order of {@code values}. */
    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
