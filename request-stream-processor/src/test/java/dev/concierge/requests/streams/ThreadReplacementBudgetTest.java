package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadReplacementBudgetTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:50:00Z"));

    @Test
    void up_to_max_replacements_within_the_window_are_granted_and_the_next_one_is_refused() {
        ThreadReplacementBudget budget = new ThreadReplacementBudget(5, WINDOW, clock);

        // when five threads die a minute apart, then each is replaced
        for (int i = 1; i <= 5; i++) {
            assertThat(budget.tryReplace()).as("replacement %d", i).isTrue();
            assertThat(budget.used()).isEqualTo(i);
            clock.advance(Duration.ofMinutes(1));
        }

        // and a sixth inside the same ten minutes is refused, and not counted
        clock.advance(Duration.ofSeconds(30));
        assertThat(budget.tryReplace()).isFalse();
        assertThat(budget.tryReplace()).isFalse();
        assertThat(budget.used()).isEqualTo(5);
    }

    @Test
    void replacements_older_than_the_window_no_longer_count() {
        // given a spent budget: three replacements at 0, 4 and 8 minutes
        ThreadReplacementBudget budget = new ThreadReplacementBudget(3, WINDOW, clock);
        budget.tryReplace();
        clock.advance(Duration.ofMinutes(4));
        budget.tryReplace();
        clock.advance(Duration.ofMinutes(4));
        budget.tryReplace();
        clock.advance(Duration.ofMinutes(2).minusMillis(1));
        assertThat(budget.tryReplace()).as("the first is still 1 ms inside the window").isFalse();

        // when the first is exactly one window old, then its slot is free again, and only its slot
        clock.advance(Duration.ofMillis(1));
        assertThat(budget.tryReplace()).isTrue();
        assertThat(budget.tryReplace()).isFalse();

        // and after a quiet window the whole budget is back
        clock.advance(WINDOW);
        assertThat(budget.tryReplace()).isTrue();
        assertThat(budget.used()).isEqualTo(1);
    }

    @Test
    void a_budget_of_zero_never_replaces() {
        ThreadReplacementBudget budget = new ThreadReplacementBudget(0, WINDOW, clock);

        assertThat(budget.tryReplace()).isFalse();
    }

    @Test
    void a_negative_budget_or_an_empty_window_is_a_configuration_error() {
        assertThatThrownBy(() -> new ThreadReplacementBudget(-1, WINDOW, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThreadReplacementBudget(5, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
