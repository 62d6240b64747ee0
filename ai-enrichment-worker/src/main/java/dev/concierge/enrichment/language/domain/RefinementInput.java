package dev.concierge.enrichment.language.domain;

import java.util.List;

/** What the customer said and what the photos showed, as the request carries them. */
public record RefinementInput(String text, String photoText, List<String> photoLabels, List<String> askedQuestions,
        List<String> answers) {

    public RefinementInput {
        text = text == null ? "" : text;
        photoText = photoText == null ? "" : photoText;
        photoLabels = List.copyOf(photoLabels);
        askedQuestions = askedQuestions == null ? List.of() : List.copyOf(askedQuestions);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
