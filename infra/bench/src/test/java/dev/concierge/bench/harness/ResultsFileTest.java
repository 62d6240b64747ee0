package dev.concierge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @TempDir
    Path dir;

    @Test
    void the_results_file_is_a_list_of_name_ours_baseline_unit_ratio_and_goal_named_after_the_run() throws Exception {
        String stamp = ResultsFile.stamp(Instant.parse("2026-11-30T23:05:09Z"));

        Path file = ResultsFile.write(dir, stamp, List.of(Result.of("ingest-single", 900, 60_000, "records/s", 0.15)));

        assertThat(file.getFileName()).hasToString("2026-11-30T23-05-09Z.json");
        JsonNode written = new ObjectMapper().readTree(Files.readString(file));
        assertThat(written.isArray()).isTrue();
        JsonNode first = written.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("name", "ours", "baseline", "unit", "ratio", "goal");
        assertThat(first.path("ratio").asDouble()).isEqualTo(0.015);
        assertThat(ResultsFile.read(file)).containsExactly(Result.of("ingest-single", 900, 60_000, "records/s", 0.15));
    }

    @Test
    void a_ratio_is_ours_over_the_baseline_and_a_missing_baseline_gives_zero_rather_than_infinity() {
        assertThat(Result.of("processor", 4_000, 10_000, "records/s", 0.40).ratio()).isEqualTo(0.4);
        assertThat(Result.of("processor", 4_000, 10_000, "records/s", 0.40).meetsGoal()).isTrue();
        assertThat(Result.of("processor", 4_000, 0, "records/s", 0.40).ratio()).isZero();
    }
}
