package dev.concierge.enrichment.text.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A request text with its category (and subcategory when known). The data is text, one example a
 * line: {@code category/subcategory | text}.
 */
public record LabelledExample(String category, String subcategory, String text) {

    public static List<LabelledExample> parse(List<String> lines) {
        List<LabelledExample> examples = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|", 2);
            if (columns.length != 2) {
                throw new IllegalArgumentException("an example line is 'category/subcategory | text': " + line);
            }
            String[] place = columns[0].trim().split("/", 2);
            examples.add(new LabelledExample(place[0], place.length > 1 ? place[1] : null, columns[1].trim()));
        }
        return examples;
    }
}
