package dev.concierge.enrichment.text.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question to ask for a missing attribute, per register, with category-specific wording where
 * the generic one would be vague ("Which size?" for a diaper). The data is text, one template a
 * line: {@code attribute | English | Hinglish} or {@code category:attribute | English | Hinglish}.
 */
public final class QuestionTemplates {

    private final Map<String, String[]> byKey;

    private QuestionTemplates(Map<String, String[]> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static QuestionTemplates parse(List<String> lines) {
        Map<String, String[]> byKey = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|", -1);
            if (columns.length != 3 || columns[1].isBlank() || columns[2].isBlank()) {
                throw new IllegalArgumentException("a question template line is 'attribute | English | Hinglish': " + line);
            }
            byKey.put(columns[0].trim(), new String[] {columns[1].trim(), columns[2].trim()});
        }
        return new QuestionTemplates(byKey);
    }

    public Optional<Question> question(String category, String attribute, Register register) {
        String[] texts = byKey.getOrDefault(category + ":" + attribute, byKey.get(attribute));
        return Optional.ofNullable(texts)
                .map(pair -> new Question(attribute, pair[register == Register.HINGLISH ? 1 : 0]));
    }

    /** The attribute an earlier question asked about, whatever its category or register; empty for a question we did not write. */
    public Optional<String> attributeAsked(String question) {
        String asked = comparable(question);
        return byKey.entrySet().stream()
                .filter(entry -> comparable(entry.getValue()[0]).equals(asked) || comparable(entry.getValue()[1]).equals(asked))
                .map(entry -> entry.getKey().substring(entry.getKey().indexOf(':') + 1))
                .findFirst();
    }

    private static String comparable(String question) {
        return TextNormaliser.normalise(question);
    }
}
