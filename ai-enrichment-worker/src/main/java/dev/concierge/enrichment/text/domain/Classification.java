package dev.concierge.enrichment.text.domain;

import java.util.Map;

/** The chosen category, its subcategory (null when nothing points at one), confidence in [0, 1] and every category's score. */
public record Classification(String category, String subcategory, double confidence, Map<String, Double> scores) {

    public Classification {
        scores = Map.copyOf(scores);
    }
}
