package dev.concierge.projections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.RequestSnapshot.Enrichment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestDocumentTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void only_a_newer_version_supersedes_the_stored_one() {
        RequestDocument version3 = RequestDocument.of(snapshot(3, null));

        assertThat(version3.supersedes(2)).isTrue();
        assertThat(version3.supersedes(3)).as("the same snapshot again").isFalse();
        assertThat(version3.supersedes(4)).as("an older snapshot after a newer one").isFalse();
    }

    @Test
    void the_category_is_the_ais_once_it_has_one_and_the_customers_hint_before() {
        assertThat(RequestDocument.of(snapshot(1, null)).category()).isEqualTo("groceries");
        assertThat(RequestDocument.of(snapshot(2, new Enrichment("dairy", "Milk, 1 litre", Map.of(), null))).category())
                .isEqualTo("dairy");
    }

    @Test
    void the_search_text_is_the_request_text_and_the_summary_lower_cased() {
        RequestDocument document = RequestDocument.of(snapshot(2, new Enrichment("dairy", "Amul TAAZA", Map.of(), null)));

        assertThat(document.searchText()).isEqualTo("fresh milk please\namul taaza");
    }

    private static RequestSnapshot snapshot(long version, Enrichment enrichment) {
        return new RequestSnapshot("req_1", version, RequestStatus.NEW, "cus_1", "Fresh MILK please", List.of(),
                new Address("1 Road", null, null, "Bengaluru", "560001", null), "groceries", null, enrichment, List.of(),
                List.of(), List.of(), null, null, null, null, null, List.of(), List.of(), T0, T0.plusSeconds(version));
    }
}
