package dev.concierge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    @Test
    void a_run_draws_one_png_per_benchmark_and_one_of_every_ratio_beside_its_goal() throws Exception {
        List<Result> results = List.of(Result.of("ingest-single", 900, 60_000, "records/s", 0.15),
                Result.of("processor", 800, 12_000, "records/s", 0.40));

        List<Path> charts = Charts.write(dir, "2026-11-30T23-05-09Z", results);

        assertThat(charts).extracting(path -> path.getFileName().toString()).containsExactly(
                "2026-11-30T23-05-09Z-ingest-single.png", "2026-11-30T23-05-09Z-processor.png",
                "2026-11-30T23-05-09Z-ratios.png");
        for (Path chart : charts) {
            byte[] head = new byte[8];
            System.arraycopy(Files.readAllBytes(chart), 0, head, 0, 8);
            assertThat(head).as(chart.toString()).isEqualTo(PNG_SIGNATURE);
        }
    }

    @Test
    void a_run_where_nothing_finished_draws_nothing() throws Exception {
        assertThat(Charts.write(dir, "stamp", List.of())).isEmpty();
    }
}
