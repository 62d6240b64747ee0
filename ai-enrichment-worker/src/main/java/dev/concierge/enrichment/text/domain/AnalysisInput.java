package dev.concierge.enrichment.text.domain;

import java.util.List;

/**
 * A request's text, the customer's optional category hint, the questions asked in earlier rounds
 * and the customer's answers, oldest first (answer i replies to question i where both exist).
 */
public record AnalysisInput(String text, String categoryHint, List<String> askedQuestions, List<String> answers) {

    public AnalysisInput {
        text = text == null ? "" : text;
        askedQuestions = askedQuestions == null ? List.of() : List.copyOf(askedQuestions);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public static AnalysisInput of(String text) {
        return new AnalysisInput(text, null, List.of(), List.of());
    }
}
