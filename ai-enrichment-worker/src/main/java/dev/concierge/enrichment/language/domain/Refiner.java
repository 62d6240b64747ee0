package dev.concierge.enrichment.language.domain;

import dev.concierge.enrichment.language.domain.LanguageReply.Failed;
import dev.concierge.enrichment.language.domain.LanguageReply.Proposed;
import dev.concierge.enrichment.language.domain.Proposal.ProposedQuestion;
import dev.concierge.enrichment.text.domain.Question;
import dev.concierge.enrichment.text.domain.QuestionPlanner;
import dev.concierge.enrichment.text.domain.QuestionTemplates;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextNormaliser;
import dev.concierge.schemas.taxonomy.Category;
import dev.concierge.schemas.taxonomy.Subcategory;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lets a language model refine the local analysis. Its answer must name taxonomy ids, taxonomy
 * attributes and at most three questions, else the local result stands, degraded with the reason.
 * The model may change the category, fill specifications, brand and product and rewrite the
 * questions; facts the local pipeline read from the text win over a contradicting answer, and a
 * question about what is known or was asked before is dropped.
 */
public final class Refiner {

    private final Taxonomy taxonomy;
    private final QuestionTemplates templates;
    private final LanguageModel model;

    public Refiner(Taxonomy taxonomy, QuestionTemplates templates, LanguageModel model) {
        this.taxonomy = taxonomy;
        this.templates = templates;
        this.model = model;
    }

    public Refinement refine(RefinementInput input, TextAnalysis local) {
        if (model.inactiveReason().isPresent()) {
            return Refinement.local(local);
        }
        LanguageReply reply = model.propose(RefinementPrompts.request(taxonomy, input, local));
        if (reply instanceof Failed failed) {
            return Refinement.kept(local, failed.reason());
        }
        Proposal proposal = ((Proposed) reply).proposal();
        List<String> invalid = ProposalCheck.problems(taxonomy, proposal);
        if (!invalid.isEmpty()) {
            return Refinement.kept(local, model.provider() + ": invalid output (" + String.join("; ", invalid) + ")");
        }
        return new Refinement(merged(input, local, proposal), List.of(model.provider()), List.of());
    }

    private TextAnalysis merged(RefinementInput input, TextAnalysis local, Proposal proposal) {
        Category category = taxonomy.category(proposal.category()).orElseThrow();
        boolean sameCategory = category.id().equals(local.category());
        // what the text said (650 mg, 500 ml) stands; the model only fills what the text left open
        Map<String, String> specs = new LinkedHashMap<>(local.specs());
        proposal.specs().forEach(specs::putIfAbsent);
        String subcategory = proposal.subcategory() != null ? proposal.subcategory()
                : sameCategory ? local.subcategory() : null;
        return new TextAnalysis(category.id(), subcategory, local.confidence(),
                firstOf(local.brand(), proposal.brand()), firstOf(local.productName(), proposal.productName()),
                specs, QuestionPlanner.missing(category, specs), questions(input, local, proposal, specs),
                local.register());
    }

    /** The model's questions that ask something new; when none is left, the local ones still open. */
    private List<Question> questions(RefinementInput input, TextAnalysis local, Proposal proposal, Map<String, String> specs) {
        Set<String> askedAttributes = new HashSet<>();
        Set<String> askedTexts = new HashSet<>();
        for (String asked : input.askedQuestions()) {
            templates.attributeAsked(asked).ifPresent(askedAttributes::add);
            askedTexts.add(TextNormaliser.normalise(asked));
        }
        List<Question> kept = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (ProposedQuestion question : proposal.questions()) {
            boolean known = specs.containsKey(question.attribute()) || askedAttributes.contains(question.attribute());
            boolean repeated = askedTexts.contains(TextNormaliser.normalise(question.text()));
            if (!known && !repeated && covered.add(question.attribute())) {
                kept.add(new Question(question.attribute(), question.text().strip()));
            }
        }
        if (!kept.isEmpty()) {
            return kept;
        }
        return local.questions().stream().filter(question -> !specs.containsKey(question.attribute())).toList();
    }

    private static String firstOf(String preferred, String otherwise) {
        return preferred != null && !preferred.isBlank() ? preferred
                : otherwise == null || otherwise.isBlank() ? null : otherwise.strip();
    }

    /** The taxonomy's categories with their subcategory ids: the only answers the model may give. */
    static Map<String, List<String>> categoryIds(Taxonomy taxonomy) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (Category category : taxonomy.categories()) {
            ids.put(category.id(), category.subcategories().stream().map(Subcategory::id).toList());
        }
        return ids;
    }

    static boolean isBlank(String value) {
        return Objects.requireNonNullElse(value, "").isBlank();
    }
}
