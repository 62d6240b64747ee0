package dev.concierge.enrichment.text.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local text pipeline made of a request: the taxonomy category (and subcategory), how sure
 * it is, the brand and product when the lexicon knew them, specifications keyed by attribute id, the
 * attributes the category still needs and the questions to ask for them.
 */
public record TextAnalysis(
        String category,
        String subcategory,
        double confidence,
        String brand,
        String productName,
        Map<String, String> specs,
        List<String> missingAttributes,
        List<Question> questions,
        Register register) {

    public TextAnalysis {
        specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        missingAttributes = List.copyOf(missingAttributes);
        questions = List.copyOf(questions);
    }

    public List<String> questionTexts() {
        return questions.stream().map(Question::text).toList();
    }
}
