package dev.concierge.enrichment.language.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language model's answer, as it said it (not yet checked against the taxonomy): category and
 * subcategory ids, brand, product name, specifications keyed by attribute id and the questions it
 * would ask, each about one attribute.
 */
public record Proposal(String category, String subcategory, String brand, String productName,
        Map<String, String> specs, List<ProposedQuestion> questions) {

    public Proposal {
        specs = specs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public record ProposedQuestion(String attribute, String text) {
    }
}
