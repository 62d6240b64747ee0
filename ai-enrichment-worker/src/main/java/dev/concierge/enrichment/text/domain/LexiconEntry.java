package dev.concierge.enrichment.text.domain;

import java.util.List;
import java.util.Map;

/**
 * One line of the brand/product lexicon: the phrases (normalised tokens) that name it, where it
 * belongs in the taxonomy, and what naming it already tells (e.g. "dolo 650" → strength 650 mg).
 * {@code brand} and {@code product} are null for a plain keyword such as "doodh".
 */
public record LexiconEntry(
        List<List<String>> phrases,
        String category,
        String subcategory,
        String brand,
        String product,
        Map<String, String> specs) {

    public LexiconEntry {
        phrases = phrases.stream().map(List::copyOf).toList();
        specs = Map.copyOf(specs);
    }

    /** A named product says more about the category than a brand alone, and a brand more than a keyword. */
    public double weight() {
        if (product != null) {
            return 3.0;
        }
        return brand != null ? 2.0 : 1.5;
    }
}
