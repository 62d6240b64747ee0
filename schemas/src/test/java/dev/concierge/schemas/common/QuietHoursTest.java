package dev.concierge.schemas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    /** 22:00 to 07:00 in India (UTC+05:30): 16:30 to 01:30 UTC. */
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), "Asia/Kolkata");

    @Test
    void a_window_across_midnight_covers_the_late_evening_and_the_early_morning_in_the_persons_zone() {
        assertThat(night.covers(Instant.parse("2026-11-30T16:30:00Z"))).isTrue();   // 22:00 IST
        assertThat(night.covers(Instant.parse("2026-11-30T20:00:00Z"))).isTrue();   // 01:30 IST
        assertThat(night.covers(Instant.parse("2026-11-30T01:29:00Z"))).isTrue();   // 06:59 IST
        assertThat(night.covers(Instant.parse("2026-11-30T01:30:00Z"))).isFalse();  // 07:00 IST
        assertThat(night.covers(Instant.parse("2026-11-30T10:00:00Z"))).isFalse();  // 15:30 IST
    }

    @Test
    void the_end_of_the_window_is_the_next_end_time_after_the_instant() {
        // late evening: the end is the next morning
        assertThat(night.endAfter(Instant.parse("2026-11-30T17:00:00Z"))).isEqualTo(Instant.parse("2026-12-01T01:30:00Z"));
        // early morning: the end is the same morning
        assertThat(night.endAfter(Instant.parse("2026-11-30T00:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T01:30:00Z"));
        // outside the window: nothing to wait for
        Instant afternoon = Instant.parse("2026-11-30T10:00:00Z");
        assertThat(night.endAfter(afternoon)).isEqualTo(afternoon);
    }

    @Test
    void a_window_within_one_day_covers_only_its_hours() {
        QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0), "Asia/Kolkata");
        assertThat(siesta.covers(Instant.parse("2026-11-30T08:00:00Z"))).isTrue();   // 13:30 IST
        assertThat(siesta.covers(Instant.parse("2026-11-30T10:00:00Z"))).isFalse();  // 15:30 IST
        assertThat(siesta.endAfter(Instant.parse("2026-11-30T08:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
    }

    @Test
    void an_empty_window_or_an_unknown_zone_is_refused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, "Asia/Kolkata"))
                .hasMessageContaining("different times");
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), "Mars/Olympus"))
                .hasMessageContaining("unknown time zone");
    }
}
