package dev.concierge.schemas.taxonomy;

/** A finer grouping inside a category; its id is unique within the whole taxonomy. */
public record Subcategory(String id, String name) {
}
