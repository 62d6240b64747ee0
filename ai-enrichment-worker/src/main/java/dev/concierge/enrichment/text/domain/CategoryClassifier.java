package dev.concierge.enrichment.text.domain;

import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines two kinds of evidence: the lexicon, which knows brands and shorthand but only what it
 * lists, and the embedding neighbours, which generalise to new phrasings but miss brands
 * ("dolo 650" looks like milk to MiniLM). When the lexicon recognises something it leads; the
 * neighbours break ties and carry the text alone when it does not.
 */
public final class CategoryClassifier {

    static final String FALLBACK = "other";
    /** Share of the lexicon's votes when it found anything; the neighbours get the rest. */
    private static final double LEXICON_SHARE = 0.65;
    /**
     * A category hint that is a taxonomy id counts like a brand the lexicon knows: it beats a bare
     * keyword ("tablet" hinted electronics) but not a named product ("dolo 650" hinted electronics).
     */
    private static final double HINT_WEIGHT = 2.0;

    private final Taxonomy taxonomy;
    private final NearestNeighbours neighbours;

    public CategoryClassifier(Taxonomy taxonomy, NearestNeighbours neighbours) {
        this.taxonomy = taxonomy;
        this.neighbours = neighbours;
    }

    public Classification classify(String normalised, List<LexiconMatch> matches, String categoryHint) {
        Map<String, Double> lexicon = new LinkedHashMap<>();
        double lexiconTotal = 0;
        for (LexiconMatch match : matches) {
            lexicon.merge(match.entry().category(), match.weight(), Double::sum);
            lexiconTotal += match.weight();
        }
        if (categoryHint != null && taxonomy.contains(categoryHint)) {
            lexicon.merge(categoryHint, HINT_WEIGHT, Double::sum);
            lexiconTotal += HINT_WEIGHT;
        }
        NearestNeighbours.Votes votes = normalised.isBlank()
                ? new NearestNeighbours.Votes(Map.of(), Map.of())
                : neighbours.vote(normalised);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String category : taxonomy.categoryIds()) {
            double embedding = votes.byCategory().getOrDefault(category, 0.0);
            double score = lexiconTotal > 0
                    ? LEXICON_SHARE * lexicon.getOrDefault(category, 0.0) / lexiconTotal + (1 - LEXICON_SHARE) * embedding
                    : embedding;
            scores.put(category, score);
        }
        Map.Entry<String, Double> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return new Classification(FALLBACK, null, 0, scores);
        }
        String category = best.getKey();
        String subcategory = matches.stream()
                .filter(match -> match.entry().category().equals(category) && match.entry().subcategory() != null)
                .max((a, b) -> Double.compare(a.weight(), b.weight()))
                .map(match -> match.entry().subcategory())
                .orElse(votes.subcategory().get(category));
        return new Classification(category, subcategory, Math.min(1.0, best.getValue() / total), scores);
    }
}
