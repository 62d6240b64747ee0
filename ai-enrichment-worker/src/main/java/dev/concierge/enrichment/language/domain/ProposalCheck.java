package dev.concierge.enrichment.language.domain;

import dev.concierge.enrichment.language.domain.Proposal.ProposedQuestion;
import dev.concierge.enrichment.text.domain.QuestionPlanner;
import dev.concierge.schemas.taxonomy.Category;
import dev.concierge.schemas.taxonomy.Subcategory;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What is wrong with a proposal against the taxonomy; empty when it may be used. */
final class ProposalCheck {

    private ProposalCheck() {
    }

    static List<String> problems(Taxonomy taxonomy, Proposal proposal) {
        List<String> problems = new ArrayList<>();
        Optional<Category> category = Optional.ofNullable(proposal.category()).flatMap(taxonomy::category);
        if (category.isEmpty()) {
            problems.add("category " + quoted(proposal.category()) + " is not a taxonomy id");
        } else if (proposal.subcategory() != null && category.get().subcategories().stream()
                .map(Subcategory::id).noneMatch(proposal.subcategory()::equals)) {
            problems.add("subcategory " + quoted(proposal.subcategory()) + " is not one of " + category.get().id());
        }
        proposal.specs().forEach((attribute, value) -> {
            if (taxonomy.attribute(attribute).isEmpty()) {
                problems.add("spec " + quoted(attribute) + " is not a taxonomy attribute");
            } else if (Refiner.isBlank(value)) {
                problems.add("spec " + quoted(attribute) + " has no value");
            }
        });
        if (proposal.questions().size() > QuestionPlanner.MAX_QUESTIONS) {
            problems.add(proposal.questions().size() + " questions, at most " + QuestionPlanner.MAX_QUESTIONS);
        }
        for (ProposedQuestion question : proposal.questions()) {
            if (question == null || question.attribute() == null || taxonomy.attribute(question.attribute()).isEmpty()) {
                problems.add("a question about " + quoted(question == null ? null : question.attribute())
                        + ", not a taxonomy attribute");
            } else if (Refiner.isBlank(question.text())) {
                problems.add("the question about " + question.attribute() + " has no text");
            }
        }
        return problems;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
