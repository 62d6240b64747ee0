package dev.concierge.enrichment.text.domain;

/** A clarifying question about one taxonomy attribute, in the customer's register. */
public record Question(String attribute, String text) {
}
