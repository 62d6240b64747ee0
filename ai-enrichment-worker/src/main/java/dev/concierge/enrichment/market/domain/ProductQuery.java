package dev.concierge.enrichment.market.domain;

/**
 * What the analysis made of a request, as the market looks it up: its taxonomy place, and the
 * product (brand and name) when the analysis named one; else {@code text}, the customer's words, is matched.
 */
public record ProductQuery(String category, String subcategory, String brand, String productName,
        String text) {
}
