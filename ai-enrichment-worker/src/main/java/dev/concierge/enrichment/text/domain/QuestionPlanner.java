package dev.concierge.enrichment.text.domain;

import dev.concierge.schemas.taxonomy.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * At most {@value #MAX_QUESTIONS} questions about what the category needs and the request does not
 * say yet, most important first; never about a known attribute, never one asked in an earlier round.
 */
public final class QuestionPlanner {

    public static final int MAX_QUESTIONS = 3;

    private final QuestionTemplates templates;

    public QuestionPlanner(QuestionTemplates templates) {
        this.templates = templates;
    }

    /** The category's attributes worth asking for that {@code known} does not hold, most important first. */
    public static List<String> missing(Category category, Map<String, String> known) {
        return category.askFor().stream().filter(attribute -> !known.containsKey(attribute)).toList();
    }

    public List<Question> plan(Category category, Map<String, String> known, Register register, Set<String> askedBefore) {
        List<Question> questions = new ArrayList<>();
        for (String attribute : missing(category, known)) {
            if (questions.size() == MAX_QUESTIONS) {
                break;
            }
            if (!askedBefore.contains(attribute)) {
                templates.question(category.id(), attribute, register).ifPresent(questions::add);
            }
        }
        return questions;
    }
}
