package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.shared.application.BoundedCache;
import dev.concierge.ingest.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));

    @Test
    void an_entry_is_returned_until_its_end_and_not_from_its_end_on() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, clock);
        cache.put("token", "verified", clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("token")).contains("verified");

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("token")).isEmpty();
    }

    @Test
    void an_entry_whose_end_has_already_come_is_not_kept() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, clock);

        cache.put("expired", "verified", clock.instant());

        assertThat(cache.get("expired")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_full_cache_drops_ended_entries_first_and_never_holds_more_than_its_capacity() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(3, clock);
        cache.put("short", 1, clock.instant().plusSeconds(1));
        cache.put("long-a", 2, clock.instant().plusSeconds(600));
        cache.put("long-b", 3, clock.instant().plusSeconds(600));
        clock.advance(Duration.ofSeconds(2));

        cache.put("new", 4, clock.instant().plusSeconds(600));

        assertThat(cache.get("long-a")).contains(2);
        assertThat(cache.get("new")).contains(4);
        for (int i = 0; i < 100; i++) {
            cache.put("flood-" + i, i, clock.instant().plusSeconds(600));
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        assertThat(cache.get("flood-99")).contains(99);
    }
}
