package dev.concierge.bench.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmarks by name, in the order a full run plays them. */
public final class Catalog {

    private final Map<String, Benchmark> byName = new LinkedHashMap<>();

    public Catalog(List<Benchmark> inOrder) {
        inOrder.forEach(benchmark -> byName.put(benchmark.name(), benchmark));
    }

    public List<Benchmark> all() {
        return List.copyOf(byName.values());
    }

    /** The named benchmarks in catalogue order (every one when none is named); an unknown name fails. */
    public List<Benchmark> select(List<String> names) {
        List<String> unknown = names.stream().filter(name -> !byName.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown benchmark " + String.join(", ", unknown) + "; known: "
                    + String.join(", ", byName.keySet()));
        }
        List<Benchmark> selected = new ArrayList<>();
        byName.forEach((name, benchmark) -> {
            if (names.isEmpty() || names.contains(name)) {
                selected.add(benchmark);
            }
        });
        return selected;
    }
}
