package dev.concierge.enrichment.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.market.domain.ProductMatcher;
import dev.concierge.enrichment.market.domain.StoredProduct;
import dev.concierge.enrichment.text.LocalTextModel;
import dev.concierge.enrichment.text.domain.NearestNeighbours;
import dev.concierge.enrichment.text.domain.TextEmbedder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where {@link ProductMatcher#FLOOR} falls, measured with the real all-MiniLM-L6-v2 model. */
class MatchingFloorTest {

    private final TextEmbedder model = LocalTextModel.embedder();

    @Test
    void substitutes_from_the_same_category_score_above_the_floor() {
        // measured: 0.66, 0.54, 0.56
        assertThat(similarity("Amul Taaza toned milk", "Mother Dairy toned milk")).isGreaterThan(ProductMatcher.FLOOR);
        assertThat(similarity("Surf Excel detergent", "Ariel detergent powder")).isGreaterThan(ProductMatcher.FLOOR);
        assertThat(similarity("Dolo 650 (paracetamol 650 mg)", "paracetamol tablet for fever")).isGreaterThan(ProductMatcher.FLOOR);
    }

    @Test
    void other_products_of_the_same_category_score_below_the_floor() {
        // measured: 0.34 (both household-cleaning), 0.31 (both grocery), 0.46 (both dairy)
        assertThat(similarity("Surf Excel detergent", "Vim dishwash bar")).isLessThan(ProductMatcher.FLOOR);
        assertThat(similarity("Parle-G biscuits", "Maggi noodles")).isLessThan(ProductMatcher.FLOOR);
        assertThat(similarity("Amul Taaza toned milk", "Amul Masti Dahi")).isLessThan(ProductMatcher.FLOOR);
    }

    @Test
    void the_nearest_three_above_the_floor_come_best_first() {
        List<StoredProduct> stored = List.of(
                product("Amul Butter"), product("Mother Dairy toned milk"), product("Amul Gold full cream milk"),
                product("Amul Masti Dahi"), product("Amul Taaza toned milk"));

        List<ProductMatcher.Scored> nearest = ProductMatcher.nearest(model.embed("Amul Taaza toned milk"), stored);

        assertThat(nearest).extracting(scored -> scored.product().name())
                .containsExactly("Amul Taaza toned milk", "Amul Gold full cream milk", "Mother Dairy toned milk");
    }

    private StoredProduct product(String name) {
        return new StoredProduct(name.toLowerCase().replace(' ', '-'), name, null, "dairy", null, model.embed(name));
    }

    private double similarity(String a, String b) {
        return NearestNeighbours.cosine(model.embed(a), model.embed(b));
    }
}
