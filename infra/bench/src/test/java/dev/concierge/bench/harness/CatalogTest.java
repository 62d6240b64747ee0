package dev.concierge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = new Catalog(List.of(named("ingest-single"), named("ingest-batch"), named("processor")));

    @Test
    void naming_no_benchmark_runs_them_all_in_catalogue_order() {
        assertThat(catalog.select(List.of())).extracting(Benchmark::name)
                .containsExactly("ingest-single", "ingest-batch", "processor");
    }

    @Test
    void named_benchmarks_run_in_catalogue_order_whatever_order_they_were_named_in() {
        assertThat(catalog.select(List.of("processor", "ingest-single"))).extracting(Benchmark::name)
                .containsExactly("ingest-single", "processor");
    }

    @Test
    void an_unknown_name_is_refused_with_the_names_that_exist() {
        assertThatThrownBy(() -> catalog.select(List.of("query")))
                .hasMessageContaining("unknown benchmark query").hasMessageContaining("ingest-single, ingest-batch, processor");
    }

    private static Benchmark named(String name) {
        return new Benchmark() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return name;
            }

            @Override
            public Result run(BenchRun run) {
                throw new UnsupportedOperationException("selection only");
            }
        };
    }
}
