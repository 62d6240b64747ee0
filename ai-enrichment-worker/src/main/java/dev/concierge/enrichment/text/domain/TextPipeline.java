package dev.concierge.enrichment.text.domain;

import dev.concierge.schemas.taxonomy.Category;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline text intelligence: normalise, read specifications, find lexicon entries, classify,
 * fill what the category implies, then plan the questions still worth asking. No network, no
 * framework: every collaborator is handed in.
 */
public final class TextPipeline {

    private static final String MEDICINES = "medicines-health";
    private static final String HOME_KITCHEN = "home-kitchen";

    private final Taxonomy taxonomy;
    private final Lexicon lexicon;
    private final CategoryClassifier classifier;
    private final QuestionTemplates templates;
    private final QuestionPlanner planner;
    private final SpecExtractor extractor = new SpecExtractor();

    public TextPipeline(Taxonomy taxonomy, Lexicon lexicon, CategoryClassifier classifier, QuestionTemplates templates) {
        this.taxonomy = taxonomy;
        this.lexicon = lexicon;
        this.classifier = classifier;
        this.templates = templates;
        this.planner = new QuestionPlanner(templates);
    }

    public TextAnalysis analyse(AnalysisInput input) {
        // classify on everything the customer said: a vague first message plus its answers names the product
        String said = String.join(" ", input.text(), String.join(" ", input.answers())).trim();
        String normalised = TextNormaliser.normalise(said);
        List<LexiconMatch> matches = lexicon.find(TextNormaliser.tokens(normalised));
        Classification classification = classifier.classify(normalised, matches, input.categoryHint());
        Category category = taxonomy.category(classification.category())
                .orElseGet(() -> taxonomy.category(CategoryClassifier.FALLBACK).orElseThrow());

        Extraction extraction = extractor.extract(TextNormaliser.normalise(input.text()));
        Map<String, String> specs = new LinkedHashMap<>(extraction.specs());
        Set<String> askedBefore = new HashSet<>();
        mergeAnswers(input, specs, askedBefore);
        Optional<LexiconMatch> named = strongestIn(matches, category.id());
        named.ifPresent(match -> match.entry().specs().forEach(specs::putIfAbsent));
        named.map(match -> match.entry().brand()).ifPresent(brand -> specs.putIfAbsent("brand", brand));
        impliedByCategory(category.id(), extraction, specs);

        Register register = Register.of(said);
        return new TextAnalysis(category.id(), classification.subcategory(), classification.confidence(),
                named.map(match -> match.entry().brand()).orElse(null),
                named.map(match -> match.entry().product()).orElse(null),
                specs, QuestionPlanner.missing(category, specs), planner.plan(category, specs, register, askedBefore),
                register);
    }

    /**
     * An answer fills what its question asked even when no rule reads it ("the blue one" is the
     * colour); a number in it counts as a quantity only when the question was about quantity. Which
     * question an answer replies to is known only when every round asked exactly one (as many
     * questions as answers): the processor sends one answer per round and all questions of all
     * rounds, so after a round of several questions the answers are read by the rules alone.
     */
    private void mergeAnswers(AnalysisInput input, Map<String, String> specs, Set<String> askedBefore) {
        for (String question : input.askedQuestions()) {
            templates.attributeAsked(question).ifPresent(askedBefore::add);
        }
        boolean onePerRound = input.askedQuestions().size() == input.answers().size();
        for (int i = 0; i < input.answers().size(); i++) {
            String answer = input.answers().get(i);
            Map<String, String> read = new LinkedHashMap<>(extractor.extract(TextNormaliser.normalise(answer)).specs());
            Optional<String> asked = onePerRound
                    ? templates.attributeAsked(input.askedQuestions().get(i))
                    : Optional.empty();
            if (asked.isPresent() && !read.containsKey(asked.get()) && !answer.isBlank()) {
                read.remove("quantity");
                read.put(asked.get(), answer.trim());
            }
            specs.putAll(read);
        }
    }

    private static Optional<LexiconMatch> strongestIn(List<LexiconMatch> matches, String category) {
        return matches.stream()
                .filter(match -> match.entry().category().equals(category))
                .max(Comparator.comparingDouble(LexiconMatch::weight));
    }

    /** Readings that need the category: "crocin 500" is 500 mg, a "5 litre cooker" is a capacity. */
    private static void impliedByCategory(String category, Extraction extraction, Map<String, String> specs) {
        if (category.equals(MEDICINES) && !specs.containsKey("strength")) {
            extraction.bareNumbers().stream()
                    .filter(number -> number.previousToken().chars().allMatch(Character::isLetter)
                            && !number.previousToken().isEmpty())
                    .filter(number -> number.value().matches("\\d{1,4}") && Integer.parseInt(number.value()) >= 5)
                    .findFirst()
                    .ifPresent(number -> specs.put("strength", number.value() + " mg"));
        }
        if (category.equals(HOME_KITCHEN) && specs.containsKey("volume")) {
            specs.putIfAbsent("capacity", specs.get("volume"));
        }
    }
}
