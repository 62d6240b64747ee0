package dev.concierge.enrichment.language.domain;

import dev.concierge.schemas.taxonomy.Attribute;
import java.util.List;
import java.util.Map;

/**
 * Everything the language model is shown, as data (the adapter writes it as JSON): the request, the
 * local analysis, the attributes that matter for the local category, every category with its
 * subcategories (the only ids it may answer), and the questions asked before with their answers.
 */
public record RefinementRequest(
        String text,
        String photoText,
        List<String> photoLabels,
        String register,
        LocalAnalysis local,
        List<Attribute> categoryAttributes,
        Map<String, List<String>> categories,
        List<String> askedQuestions,
        List<String> answers) {

    /** The local pipeline's result in the words of the prompt. */
    public record LocalAnalysis(String category, String subcategory, double confidence, String brand,
            String productName, Map<String, String> specs, List<String> missingAttributes, List<String> questions) {
    }
}
