package dev.concierge.enrichment.market.domain;

import dev.concierge.enrichment.text.domain.NearestNeighbours;
import java.util.Comparator;
import java.util.List;

/**
 * Nearest stored products to a request by the cosine similarity of their embeddings, brute force:
 * the best {@value #TOP} at or above {@link #FLOOR}. {@code MatchingFloorTest} shows with the real
 * model where the floor falls: substitutes (another brand's toned milk, another detergent powder,
 * paracetamol tablets for Dolo 650) score above it, other products of the same category (dishwash
 * bar for a detergent, noodles for biscuits) below. Similarity does not tell variants apart
 * (Airdopes 141 and 131 score 0.92), so it never decides that two names are the same product.
 */
public final class ProductMatcher {

    /** all-MiniLM-L6-v2 cosine below which two descriptions are not the same kind of product. */
    public static final double FLOOR = 0.5;
    public static final int TOP = 3;

    /** A stored product and how similar it is to the request. */
    public record Scored(StoredProduct product, double similarity) {
    }

    private ProductMatcher() {
    }

    /** Best first; ties in the order of {@code candidates}. */
    public static List<Scored> nearest(float[] query, List<StoredProduct> candidates) {
        return candidates.stream()
                .map(product -> new Scored(product, NearestNeighbours.cosine(query, product.embedding())))
                .filter(scored -> scored.similarity() >= FLOOR)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .limit(TOP)
                .toList();
    }
}
