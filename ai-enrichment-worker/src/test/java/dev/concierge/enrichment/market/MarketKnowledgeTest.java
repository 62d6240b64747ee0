package dev.concierge.enrichment.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.market.MarketFacts.Fact;
import dev.concierge.enrichment.market.domain.MarketKnowledge;
import dev.concierge.enrichment.market.domain.MarketRecorder;
import dev.concierge.enrichment.market.domain.MarketView;
import dev.concierge.enrichment.market.domain.ProductQuery;
import dev.concierge.enrichment.market.domain.SourcedRequest;
import dev.concierge.enrichment.market.mongo.MongoMarketStore;
import dev.concierge.enrichment.text.LocalTextModel;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.PriceEstimate;
import dev.concierge.schemas.enrichment.ProductMatch;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The market over the real MongoDB driver (the test kit's MongoDB-wire server) and the real MiniLM model. */
class MarketKnowledgeTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private final MongoMarketStore store = MarketDatabase.fresh();
    private final MarketRecorder recorder = new MarketRecorder(store, LocalTextModel.embedder());
    private final MarketKnowledge market = new MarketKnowledge(store, LocalTextModel.embedder());

    @Test
    void a_product_sourced_before_is_priced_from_its_own_accepted_quotes_and_matched_with_its_stores_newest_first() {
        record(MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Taaza toned milk", "sto_a", 3000));
        record(MarketFacts.sourcedAndAccepted("req_2", T0.plusSeconds(3600), "dairy", "milk", "Amul", "Amul Taaza toned milk", "sto_b", 3400));
        record(MarketFacts.sourcedAndAccepted("req_3", T0.plusSeconds(7200), "dairy", "milk", "Amul", "Amul Taaza Toned Milk", "sto_a", 3200));
        record(MarketFacts.sourcedAndAccepted("req_4", T0.plusSeconds(9000), "dairy", "milk", "Mother Dairy", "Mother Dairy toned milk", "sto_c", 2800));

        MarketView view = market.lookup(new ProductQuery("dairy", "milk", "Amul", "Amul Taaza toned milk",
                "need 2 packets amul taaza 500ml"));

        assertThat(view.priceEstimate()).contains(new PriceEstimate(Money.inr(3200), Money.inr(3100), Money.inr(3300), 3,
                "product", "Amul Taaza toned milk"));
        ProductMatch best = view.matches().get(0);
        assertThat(best.productId()).isEqualTo("amul-taaza-toned-milk");
        assertThat(best.storeIds()).containsExactly("sto_a", "sto_b");
        assertThat(best.timesSourced()).isEqualTo(3);
        assertThat(best.lastPrice()).isEqualTo(Money.inr(3200));
        assertThat(best.similarity()).isGreaterThan(0.99);
        assertThat(view.matches()).extracting(ProductMatch::name).contains("Mother Dairy toned milk");
    }

    @Test
    void an_unknown_product_is_priced_from_its_subcategory_else_its_category_and_nothing_without_a_sample() {
        record(MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Gold full cream milk", "sto_a", 3500));
        record(MarketFacts.sourcedAndAccepted("req_2", T0, "dairy", "butter-ghee", "Amul", "Amul Butter", "sto_a", 5600));

        MarketView milk = market.lookup(new ProductQuery("dairy", "milk", "Nandini", "Nandini toned milk", "nandini milk"));
        MarketView paneer = market.lookup(new ProductQuery("dairy", "paneer-cheese", null, null, "paneer 200g"));
        MarketView pets = market.lookup(new ProductQuery("pet-supplies", null, null, null, "dog food"));

        assertThat(milk.priceEstimate()).hasValueSatisfying(estimate -> {
            assertThat(estimate.basis()).isEqualTo("subcategory");
            assertThat(estimate.subject()).isEqualTo("milk");
            assertThat(estimate.sampleSize()).isEqualTo(1);
            assertThat(estimate.median()).isEqualTo(Money.inr(3500));
        });
        assertThat(paneer.priceEstimate()).hasValueSatisfying(estimate -> {
            assertThat(estimate.basis()).isEqualTo("category");
            assertThat(estimate.subject()).isEqualTo("dairy");
            assertThat(estimate.sampleSize()).isEqualTo(2);
            assertThat(estimate.median()).isEqualTo(Money.inr(4550));
        });
        assertThat(pets.priceEstimate()).isEmpty();
        assertThat(pets.matches()).isEmpty();
    }

    @Test
    void a_request_with_photos_and_no_words_is_still_priced_from_its_category() {
        record(MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Gold full cream milk", "sto_a", 3500));

        MarketView view = market.lookup(new ProductQuery("dairy", null, null, null, null));

        assertThat(view.priceEstimate().map(PriceEstimate::basis)).contains("category");
        assertThat(view.matches()).isEmpty();
    }

    @Test
    void a_request_in_other_is_matched_among_products_of_every_category() {
        record(MarketFacts.sourcedAndAccepted("req_1", T0, "electronics", null, "Philips", "Philips LED bulb 9W", "sto_e", 9900));

        MarketView view = market.lookup(new ProductQuery("other", null, null, null, "philips led bulb"));

        assertThat(view.matches()).extracting(ProductMatch::productId).containsExactly("philips-led-bulb-9w");
        assertThat(view.matches().get(0).category()).isEqualTo("electronics");
    }

    @Test
    void redelivered_facts_change_neither_the_price_sample_nor_the_times_sourced() {
        List<Fact> facts = MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Taaza toned milk", "sto_a", 3000);
        record(facts);
        MarketView before = lookUpTaaza();

        record(facts);
        record(facts);

        assertThat(lookUpTaaza()).isEqualTo(before);
        assertThat(before.priceEstimate().orElseThrow().sampleSize()).isEqualTo(1);
        assertThat(before.matches().get(0).timesSourced()).isEqualTo(1);
    }

    @Test
    void a_store_that_had_the_item_later_comes_first() {
        record(MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Taaza toned milk", "sto_a", 3000));
        recorder.record(new StoreQuoteReceived("req_1", "sto_z", true, Money.inr(3100), null), T0.plusSeconds(3600));

        assertThat(lookUpTaaza().matches().get(0).storeIds()).containsExactly("sto_z", "sto_a");
    }

    @Test
    void a_request_is_stored_with_what_was_sourced_and_read_back_as_it_was_folded() {
        List<Fact> facts = MarketFacts.sourcedAndAccepted("req_1", T0, "dairy", "milk", "Amul", "Amul Taaza toned milk", "sto_a", 3000);
        SourcedRequest folded = SourcedRequest.empty("req_1");
        for (Fact fact : facts) {
            folded = folded.apply(fact.event(), fact.time());
        }

        record(facts);

        assertThat(store.request("req_1")).contains(folded);
        assertThat(folded.enrichment().specs()).containsEntry("quantity", "1");
        assertThat(store.product("amul-taaza-toned-milk")).hasValueSatisfying(product -> {
            assertThat(product.name()).isEqualTo("Amul Taaza toned milk");
            assertThat(product.embedding()).hasSize(384);
        });
    }

    private MarketView lookUpTaaza() {
        return market.lookup(new ProductQuery("dairy", "milk", "Amul", "Amul Taaza toned milk", "amul taaza"));
    }

    private void record(List<Fact> facts) {
        facts.forEach(fact -> recorder.record(fact.event(), fact.time()));
    }
}
