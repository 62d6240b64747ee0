package dev.concierge.enrichment.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.text.domain.Extraction;
import dev.concierge.enrichment.text.domain.SpecExtractor;
import dev.concierge.enrichment.text.domain.TextNormaliser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecExtractorTest {

    private final SpecExtractor extractor = new SpecExtractor();

    private Map<String, String> specsOf(String text) {
        return extract(text).specs();
    }

    private Extraction extract(String text) {
        return extractor.extract(TextNormaliser.normalise(text));
    }

    @Test
    void a_volume_glued_to_its_number_and_a_pack_count_are_both_read() {
        assertThat(specsOf("need 2 packets amul taaza 500ml")).containsEntry("quantity", "2").containsEntry("volume", "500 ml");
    }

    @Test
    void decimal_litres_with_a_capital_unit_are_a_volume() {
        assertThat(specsOf("Bisleri 1.5 L bottle")).containsEntry("volume", "1.5 l").doesNotContainKey("quantity");
    }

    @Test
    void strengths_weights_and_wattages_are_read_with_their_units() {
        assertThat(specsOf("vitamin d3 60000 IU")).containsEntry("strength", "60000 iu");
        assertThat(specsOf("calcium 500mg tablets")).containsEntry("strength", "500 mg");
        assertThat(specsOf("methylcobalamin 1500mcg")).containsEntry("strength", "1500 mcg");
        assertThat(specsOf("aashirvaad atta 5kg")).containsEntry("weight", "5 kg");
        assertThat(specsOf("maggi 70 gm")).containsEntry("weight", "70 g");
        assertThat(specsOf("20W type-c charger")).containsEntry("wattage", "20 W").containsEntry("connector", "USB-C");
    }

    @Test
    void a_strip_count_is_the_quantity_and_the_tablets_in_it_the_pack_size() {
        assertThat(specsOf("dolo 650 ki 2 strip")).containsEntry("quantity", "2").containsEntry("form", "tablet");
        assertThat(specsOf("2 strips of 15 tablets")).containsEntry("quantity", "2").containsEntry("pack-size", "15");
        assertThat(specsOf("pack of 6 soaps")).containsEntry("pack-size", "6");
    }

    @Test
    void the_unclaimed_number_after_a_medicine_name_is_left_for_the_category_rules() {
        assertThat(extract("dolo 650 ki 2 strip").bareNumbers())
                .containsExactly(new Extraction.BareNumber("650", "dolo"));
    }

    @Test
    void hinglish_number_words_count_before_a_pack_or_unit_and_nowhere_else() {
        assertThat(specsOf("do packet doodh chahiye")).containsEntry("quantity", "2");
        assertThat(specsOf("teen bottle thums up")).containsEntry("quantity", "3");
        assertThat(specsOf("ek dozen kele")).containsEntry("quantity", "12");
        assertThat(specsOf("dedh kilo pyaz")).containsEntry("weight", "1.5 kg");
        assertThat(specsOf("do you have amul butter")).doesNotContainKey("quantity");
    }

    @Test
    void devanagari_digits_and_number_words_are_read_like_ascii() {
        assertThat(specsOf("२ पैकेट दूध ५०० ml")).containsEntry("quantity", "2").containsEntry("volume", "500 ml");
        assertThat(specsOf("दो strip crocin")).containsEntry("quantity", "2");
    }

    @Test
    void a_multiplier_counts_packs_of_a_measured_size() {
        assertThat(specsOf("coke 2 x 750ml")).containsEntry("quantity", "2").containsEntry("volume", "750 ml");
        assertThat(specsOf("pepsi 500ml x3")).containsEntry("quantity", "3");
    }

    @Test
    void a_small_leading_number_is_a_quantity_but_a_model_number_is_a_model() {
        assertThat(specsOf("3 maggi")).containsEntry("quantity", "3");
        assertThat(specsOf("charger for iphone 13 pro")).containsEntry("model", "iphone 13 pro").doesNotContainKey("quantity");
        assertThat(specsOf("samsung 25w charger")).containsEntry("wattage", "25 W").doesNotContainKey("model");
    }

    @Test
    void keyword_attributes_are_read_in_english_and_hindi() {
        assertThat(specsOf("kala umbrella")).containsEntry("colour", "black");
        assertThat(specsOf("tshirt size XL navy")).containsEntry("size", "XL").containsEntry("colour", "navy blue");
        assertThat(specsOf("roses for anniversary")).containsEntry("occasion", "anniversary");
        assertThat(specsOf("pampers for 6 month baby")).containsEntry("age", "6 months");
        assertThat(specsOf("lightning cable 2 m")).containsEntry("connector", "Lightning").containsEntry("length", "2 m");
        assertThat(specsOf("benadryl cough syrup 100 ml")).containsEntry("form", "syrup").containsEntry("volume", "100 ml");
    }
}
