package dev.concierge.enrichment.market;

import static dev.concierge.enrichment.market.MarketFacts.created;
import static dev.concierge.enrichment.market.MarketFacts.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.market.MarketFacts.Fact;
import dev.concierge.enrichment.market.domain.SourcedRequest;
import dev.concierge.enrichment.market.domain.SourcedRequest.SentQuote;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcedRequestTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:00Z");

    @Test
    void a_sourced_request_keeps_its_product_the_stores_that_had_it_and_the_accepted_item_price_without_delivery() {
        SourcedRequest request = fold(MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul",
                "Amul Taaza toned milk", "sto_a", 3200));

        assertThat(request.createdAt()).isEqualTo(T0);
        assertThat(request.category()).isEqualTo("dairy");
        assertThat(request.productId()).contains("amul-taaza-toned-milk");
        assertThat(request.stores()).extracting(SourcedRequest.StoreSighting::storeId).containsExactly("sto_a");
        assertThat(request.accepted()).isEqualTo(new SentQuote("quo_1", "sto_a", Money.inr(3200), T0.plusSeconds(240)));
        assertThat(request.sourced()).isTrue();
    }

    @Test
    void every_fact_applied_again_changes_nothing() {
        List<Fact> facts = MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Taaza toned milk",
                "sto_a", 3200);
        SourcedRequest once = fold(facts);

        SourcedRequest twice = once;
        for (Fact fact : facts) {
            twice = twice.apply(fact.event(), fact.time());
        }

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void the_category_is_the_analysis_s_else_a_hint_from_the_taxonomy_else_other() {
        SourcedRequest hinted = SourcedRequest.empty("req_1").apply(created("req_1", "pet-supplies"), T0);

        assertThat(hinted.category()).isEqualTo("pet-supplies");
        assertThat(hinted.apply(enriched("req_1", "grocery", "snacks", null, "Pedigree"), T0).category()).isEqualTo("grocery");
        assertThat(SourcedRequest.empty("req_2").apply(created("req_2", "not-a-category"), T0).category()).isEqualTo("other");
        assertThat(SourcedRequest.empty("req_3").apply(created("req_3", null), T0).category()).isEqualTo("other");
    }

    @Test
    void a_store_that_later_says_it_does_not_have_the_item_is_no_longer_counted() {
        SourcedRequest request = SourcedRequest.empty("req_1")
                .apply(new StoreQuoteReceived("req_1", "sto_a", true, Money.inr(100), null), T0)
                .apply(new StoreQuoteReceived("req_1", "sto_b", true, null, null), T0.plusSeconds(5))
                .apply(new StoreQuoteReceived("req_1", "sto_a", false, null, "khatam"), T0.plusSeconds(9));

        assertThat(request.stores()).extracting(SourcedRequest.StoreSighting::storeId).containsExactly("sto_b");
    }

    @Test
    void an_acceptance_of_a_quote_never_seen_is_ignored_since_its_item_price_is_unknown() {
        SourcedRequest request = SourcedRequest.empty("req_1")
                .apply(new QuoteAccepted("req_1", "quo_unseen", Money.inr(5000)), T0);

        assertThat(request.accepted()).isNull();
    }

    private static SourcedRequest fold(List<Fact> facts) {
        SourcedRequest request = SourcedRequest.empty(facts.get(0).event().requestId());
        for (Fact fact : facts) {
            request = request.apply(fact.event(), fact.time());
        }
        return request;
    }
}
