package dev.concierge.schemas.taxonomy;

import java.util.List;

/**
 * One category of the taxonomy. {@code attributes} are the ids of the attributes that matter for
 * items of this category; {@code askFor} is the subset worth asking the customer about when
 * missing, most important first.
 */
public record Category(
        String id,
        String name,
        String description,
        List<Subcategory> subcategories,
        List<String> attributes,
        List<String> askFor) {

    public Category {
        subcategories = List.copyOf(subcategories);
        attributes = List.copyOf(attributes);
        askFor = List.copyOf(askFor);
        if (!attributes.containsAll(askFor)) {
            throw new IllegalArgumentException(id + ": askFor " + askFor + " must be among its attributes " + attributes);
        }
    }
}
