package dev.concierge.schemas.taxonomy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one list of product categories shared by store categories, agent skills, the AI and the
 * dashboard. The data lives in {@value #RESOURCE} (shipped in the jar, readable without Java);
 * this class only loads and checks it.
 */
public final class Taxonomy {

    public static final String RESOURCE = "/taxonomy/categories.json";

    /** Loaded once: the file is part of the jar and never changes at run time. */
    private static final Taxonomy STANDARD = load(RESOURCE);

    private final Map<String, Attribute> attributes;
    private final Map<String, Category> categories;

    Taxonomy(List<Attribute> attributes, List<Category> categories) {
        this.attributes = byId(attributes, Attribute::id, "attribute");
        this.categories = byId(categories, Category::id, "category");
        for (Category category : categories) {
            for (String attribute : category.attributes()) {
                if (!this.attributes.containsKey(attribute)) {
                    throw new IllegalArgumentException(category.id() + " names an unknown attribute " + attribute);
                }
            }
        }
        byId(categories.stream().flatMap(category -> category.subcategories().stream()).toList(),
                Subcategory::id, "subcategory");
    }

    /** The taxonomy of {@value #RESOURCE}. */
    public static Taxonomy standard() {
        return STANDARD;
    }

    /** Categories in their published order. */
    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    public List<String> categoryIds() {
        return List.copyOf(categories.keySet());
    }

    public boolean contains(String categoryId) {
        return categories.containsKey(categoryId);
    }

    public Optional<Category> category(String categoryId) {
        return Optional.ofNullable(categories.get(categoryId));
    }

    public List<Attribute> attributes() {
        return List.copyOf(attributes.values());
    }

    public Optional<Attribute> attribute(String attributeId) {
        return Optional.ofNullable(attributes.get(attributeId));
    }

    /** The shape of the JSON file. */
    record Document(List<Attribute> attributes, List<Category> categories) {
    }

    static Taxonomy load(String resource) {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Taxonomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no taxonomy resource " + resource + " on the class path");
            }
            Document document = mapper.readValue(in, Document.class);
            return new Taxonomy(document.attributes(), document.categories());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the taxonomy " + resource, e);
        }
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id, String kind) {
        Map<String, T> result = new LinkedHashMap<>();
        for (T value : values) {
            if (result.put(id.apply(value), value) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id " + id.apply(value));
            }
        }
        return Collections.unmodifiableMap(result);
    }
}
