package dev.concierge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void a_bar_fills_in_proportion_to_how_far_the_phase_is_and_shows_the_figure_so_far() {
        String line = ProgressBar.render("ingest-single", 0.5, "812 accepted/s");

        assertThat(line).contains("[" + "#".repeat(15) + ".".repeat(15) + "]").contains(" 50%").endsWith("812 accepted/s");
    }

    @Test
    void a_fraction_outside_zero_to_one_draws_an_empty_or_a_full_bar_never_a_broken_one() {
        assertThat(ProgressBar.render("x", -0.2, "")).contains("[" + ".".repeat(ProgressBar.WIDTH) + "]").contains("  0%");
        assertThat(ProgressBar.render("x", 1.7, "")).contains("[" + "#".repeat(ProgressBar.WIDTH) + "]").contains("100%");
    }

    @Test
    void closing_a_bar_draws_it_full_and_ends_the_line_so_the_next_output_starts_clean() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(terminal, true, StandardCharsets.UTF_8);

        try (ProgressBar bar = ProgressBar.start(out, "warm-up", Duration.ofHours(1), () -> "17 calls")) {
            // closed at once: a phase may end long before its planned length
        }

        String printed = terminal.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("100%").contains("17 calls").endsWith(System.lineSeparator());
        // each redraw returns to the start of the line instead of adding one
        assertThat(printed).startsWith("\r").doesNotContain("\n" + "warm-up");
    }
}
