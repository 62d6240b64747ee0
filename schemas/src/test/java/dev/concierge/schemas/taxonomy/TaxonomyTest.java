package dev.concierge.schemas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void the_published_taxonomy_has_the_sixteen_categories_in_their_order() {
        assertThat(taxonomy.categoryIds()).containsExactly("grocery", "dairy", "fruits-vegetables",
                "medicines-health", "personal-care", "baby-care", "household-cleaning", "home-kitchen", "electronics",
                "mobile-computer-accessories", "stationery", "pet-supplies", "hardware-tools", "fashion",
                "gifts-flowers", "other");
    }

    @Test
    void every_category_has_a_name_a_description_and_something_to_ask_for() {
        assertThat(taxonomy.categories()).allSatisfy(category -> {
            assertThat(category.name()).isNotBlank();
            assertThat(category.description()).isNotBlank();
            assertThat(category.askFor()).isNotEmpty();
        });
        assertThat(taxonomy.categories()).filteredOn(category -> !category.id().equals("other"))
                .allSatisfy(category -> assertThat(category.subcategories()).isNotEmpty());
    }

    @Test
    void medicines_matter_by_strength_and_dairy_by_volume() {
        assertThat(taxonomy.category("medicines-health").orElseThrow().askFor()).startsWith("strength");
        assertThat(taxonomy.category("dairy").orElseThrow().attributes()).contains("volume", "quantity");
        assertThat(taxonomy.attribute("strength").orElseThrow().name()).isEqualTo("Strength");
    }

    @Test
    void free_form_categories_are_not_in_the_taxonomy() {
        assertThat(taxonomy.contains("pharmacy")).isFalse();
        assertThat(taxonomy.contains("medicines-health")).isTrue();
        assertThat(taxonomy.category("Dairy")).isEmpty();
    }

    @Test
    void a_category_naming_an_unknown_attribute_is_refused() {
        Category broken = new Category("tea", "Tea", "tea", List.of(), List.of("caffeine"), List.of());

        assertThatThrownBy(() -> new Taxonomy(List.of(), List.of(broken)))
                .hasMessageContaining("unknown attribute caffeine");
    }

    @Test
    void a_category_cannot_ask_for_an_attribute_that_does_not_matter_to_it() {
        assertThatThrownBy(() -> new Category("tea", "Tea", "tea", List.of(), List.of("brand"), List.of("colour")))
                .hasMessageContaining("askFor");
    }

    @Test
    void the_data_ships_as_a_resource_that_non_java_readers_can_use() {
        assertThat(Taxonomy.class.getResource(Taxonomy.RESOURCE)).isNotNull();
    }
}
