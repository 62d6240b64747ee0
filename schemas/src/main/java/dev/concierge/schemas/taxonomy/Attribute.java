package dev.concierge.schemas.taxonomy;

/** A product attribute that can matter when sourcing an item, e.g. {@code volume} or {@code strength}. */
public record Attribute(String id, String name, String description) {
}
