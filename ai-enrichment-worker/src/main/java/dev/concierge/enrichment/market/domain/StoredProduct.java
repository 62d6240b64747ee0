package dev.concierge.enrichment.market.domain;

/**
 * A product sourced before, as first named by an analysis: its stable id ({@link ProductNames#id}),
 * the taxonomy place it was given and the embedding of its description.
 */
public record StoredProduct(String productId, String name, String brand, String category, String subcategory,
        float[] embedding) {
}
