package dev.concierge.enrichment.text.domain;

import dev.concierge.schemas.taxonomy.Category;
import dev.concierge.schemas.taxonomy.Subcategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Category votes from sentence embeddings: the k labelled examples (and category and subcategory
 * descriptions) most similar to a text each vote for their category with their cosine similarity.
 * The index is embedded once, when built.
 */
public final class NearestNeighbours {

    static final int K = 7;

    private record Point(String category, String subcategory, float[] vector) {
    }

    /** Votes per category (summing to 1 when any neighbour is similar at all) and the closest subcategory of each. */
    public record Votes(Map<String, Double> byCategory, Map<String, String> subcategory) {
    }

    private final TextEmbedder embedder;
    private final List<Point> points = new ArrayList<>();

    public NearestNeighbours(TextEmbedder embedder, List<Category> categories, List<LabelledExample> examples) {
        this.embedder = embedder;
        for (Category category : categories) {
            points.add(new Point(category.id(), null, embedder.embed(category.name() + ": " + category.description())));
            for (Subcategory subcategory : category.subcategories()) {
                points.add(new Point(category.id(), subcategory.id(), embedder.embed(subcategory.name())));
            }
        }
        for (LabelledExample example : examples) {
            points.add(new Point(example.category(), example.subcategory(), embedder.embed(example.text())));
        }
    }

    public Votes vote(String text) {
        float[] query = embedder.embed(text);
        List<Map.Entry<Point, Double>> nearest = points.stream()
                .map(point -> Map.entry(point, cosine(query, point.vector())))
                .sorted(Map.Entry.<Point, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(K)
                .toList();
        Map<String, Double> byCategory = new LinkedHashMap<>();
        Map<String, String> subcategory = new HashMap<>();
        double total = 0;
        for (Map.Entry<Point, Double> neighbour : nearest) {
            double similarity = Math.max(0, neighbour.getValue());
            Point point = neighbour.getKey();
            byCategory.merge(point.category(), similarity, Double::sum);
            if (point.subcategory() != null) {
                subcategory.putIfAbsent(point.category(), point.subcategory());
            }
            total += similarity;
        }
        if (total > 0) {
            double sum = total;
            byCategory.replaceAll((category, votes) -> votes / sum);
        }
        return new Votes(byCategory, subcategory);
    }

    /** Cosine similarity of two embeddings; 0 when either is all zeros. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
