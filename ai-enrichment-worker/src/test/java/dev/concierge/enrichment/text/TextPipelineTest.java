package dev.concierge.enrichment.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.text.domain.AnalysisInput;
import dev.concierge.enrichment.text.domain.Question;
import dev.concierge.enrichment.text.domain.Register;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

    private final TextPipeline pipeline = LocalTextModel.pipeline();

    @Test
    void two_packets_of_amul_taaza_500ml_is_dairy_with_quantity_and_volume_and_no_volume_question() {
        TextAnalysis analysis = pipeline.analyse(AnalysisInput.of("need 2 packets amul taaza 500ml"));

        assertThat(analysis.category()).isEqualTo("dairy");
        assertThat(analysis.subcategory()).isEqualTo("milk");
        assertThat(analysis.specs()).containsEntry("quantity", "2").containsEntry("volume", "500 ml");
        assertThat(analysis.brand()).isEqualTo("Amul");
        assertThat(analysis.questions()).extracting(Question::attribute).doesNotContain("volume", "quantity");
    }

    @Test
    void dolo_650_ki_2_strip_is_a_medicine_of_650_mg_and_its_strength_is_not_asked() {
        TextAnalysis analysis = pipeline.analyse(AnalysisInput.of("dolo 650 ki 2 strip"));

        assertThat(analysis.category()).isEqualTo("medicines-health");
        assertThat(analysis.specs()).containsEntry("strength", "650 mg").containsEntry("quantity", "2");
        assertThat(analysis.productName()).contains("paracetamol");
        assertThat(analysis.questions()).extracting(Question::attribute).doesNotContain("strength", "quantity");
    }

    @Test
    void the_try_it_request_of_the_root_readme_needs_no_question_and_without_its_count_it_asks_how_many() {
        TextAnalysis complete = pipeline.analyse(new AnalysisInput("Dolo 650, 2 strips", "medicines-health",
                List.of(), List.of()));
        TextAnalysis noCount = pipeline.analyse(new AnalysisInput("Dolo 650", "medicines-health", List.of(), List.of()));

        assertThat(complete.specs()).containsEntry("strength", "650 mg").containsEntry("quantity", "2");
        assertThat(complete.questions()).isEmpty();
        assertThat(noCount.questionTexts()).containsExactly("How many do you need?");
    }

    @Test
    void a_medicine_named_with_a_bare_number_gets_that_number_as_its_strength() {
        TextAnalysis analysis = pipeline.analyse(AnalysisInput.of("crocin 500 one strip"));

        assertThat(analysis.category()).isEqualTo("medicines-health");
        assertThat(analysis.specs()).containsEntry("strength", "500 mg");
    }

    @Test
    void a_vague_request_gets_at_most_three_questions_in_the_customers_register() {
        TextAnalysis english = pipeline.analyse(AnalysisInput.of("I need a phone charger"));
        TextAnalysis hinglish = pipeline.analyse(AnalysisInput.of("mujhe phone ka charger chahiye"));

        assertThat(english.category()).isEqualTo("mobile-computer-accessories");
        assertThat(english.register()).isEqualTo(Register.ENGLISH);
        assertThat(english.questions()).hasSizeBetween(1, 3)
                .extracting(Question::text).contains("Which phone or device model is it for?");
        assertThat(hinglish.register()).isEqualTo(Register.HINGLISH);
        assertThat(hinglish.questions()).hasSizeBetween(1, 3)
                .extracting(Question::text).contains("Kis phone ya device model ke liye chahiye?");
    }

    @Test
    void the_second_round_never_repeats_a_question_and_fills_what_the_answers_said() {
        TextAnalysis first = pipeline.analyse(AnalysisInput.of("need a charger"));
        List<String> asked = first.questionTexts();

        TextAnalysis second = pipeline.analyse(new AnalysisInput("need a charger", null, asked,
                List.of("iphone 13", "lightning")));

        assertThat(second.category()).isEqualTo("mobile-computer-accessories");
        assertThat(second.specs()).containsEntry("model", "iphone 13").containsEntry("connector", "Lightning");
        assertThat(second.questionTexts()).doesNotContainAnyElementsOf(asked);
    }

    @Test
    void a_question_asked_and_left_unanswered_is_not_asked_again() {
        TextAnalysis first = pipeline.analyse(AnalysisInput.of("diapers chahiye"));

        TextAnalysis second = pipeline.analyse(new AnalysisInput("diapers chahiye", null, first.questionTexts(),
                List.of()));

        assertThat(first.questions()).isNotEmpty();
        assertThat(second.questions()).isEmpty();
        assertThat(second.missingAttributes()).isEqualTo(first.missingAttributes());
    }

    @Test
    void a_category_hint_from_the_taxonomy_tips_an_ambiguous_request() {
        TextAnalysis hinted = pipeline.analyse(new AnalysisInput("tablet", "electronics", List.of(), List.of()));

        assertThat(hinted.category()).isEqualTo("electronics");
    }

    @Test
    void confidence_is_a_share_between_zero_and_one_and_higher_for_a_known_brand() {
        TextAnalysis brand = pipeline.analyse(AnalysisInput.of("surf excel 1 kg"));
        TextAnalysis vague = pipeline.analyse(AnalysisInput.of("something nice"));

        assertThat(brand.category()).isEqualTo("household-cleaning");
        assertThat(brand.confidence()).isBetween(0.0, 1.0).isGreaterThan(vague.confidence());
    }
}
