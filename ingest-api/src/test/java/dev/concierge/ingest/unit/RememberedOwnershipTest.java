package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.ingest.requests.application.RememberedOwnership;
import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.ingest.shared.application.BoundedCache;
import dev.concierge.ingest.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RememberedOwnershipTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final CountingOwnership stored = new CountingOwnership();
    private final RememberedOwnership owners = new RememberedOwnership(stored, new BoundedCache<>(100, clock), clock,
            Duration.ofHours(1));

    @Test
    void the_owner_of_a_request_recorded_here_is_answered_without_asking_the_store() {
        owners.record("req_1", "cus_a", clock.instant());

        assertThat(owners.ownerOf("req_1")).contains("cus_a");
        assertThat(stored.lookups).isZero();
    }

    @Test
    void an_owner_found_in_the_store_is_asked_for_once_within_the_keeping_time() {
        stored.owners.put("req_2", "cus_b");

        assertThat(owners.ownerOf("req_2")).contains("cus_b");
        assertThat(owners.ownerOf("req_2")).contains("cus_b");
        assertThat(stored.lookups).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        assertThat(owners.ownerOf("req_2")).contains("cus_b");
        assertThat(stored.lookups).isEqualTo(2);
    }

    @Test
    void an_unknown_request_is_not_remembered_as_unknown_so_a_later_recording_elsewhere_is_found() {
        assertThat(owners.ownerOf("req_3")).isEmpty();

        // another instance accepts the request
        stored.owners.put("req_3", "cus_c");

        assertThat(owners.ownerOf("req_3")).contains("cus_c");
    }

    @Test
    void a_request_the_store_refused_to_record_is_not_remembered() {
        stored.refuseWrites = true;

        assertThatThrownBy(() -> owners.record("req_4", "cus_d", clock.instant()))
                .isInstanceOf(IllegalStateException.class);

        stored.refuseWrites = false;
        assertThat(owners.ownerOf("req_4")).isEmpty();
    }

    /** The port in memory, counting how often the owner is looked up. */
    private static final class CountingOwnership implements RequestOwnership {

        final Map<String, String> owners = new HashMap<>();
        int lookups;
        boolean refuseWrites;

        @Override
        public void record(String requestId, String customerId, Instant createdAt) {
            if (refuseWrites) {
                throw new IllegalStateException("store unavailable");
            }
            owners.put(requestId, customerId);
        }

        @Override
        public Optional<String> ownerOf(String requestId) {
            lookups++;
            return Optional.ofNullable(owners.get(requestId));
        }

        @Override
        public void recordClosed(String requestId) {
        }

        @Override
        public Optional<String> openRequestOf(String customerId, Instant notBefore) {
            return Optional.empty();
        }
    }
}
