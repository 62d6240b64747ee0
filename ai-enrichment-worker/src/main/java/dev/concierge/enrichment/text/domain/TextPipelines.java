package dev.concierge.enrichment.text.domain;

import dev.concierge.schemas.taxonomy.Taxonomy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the text pipeline from the data shipped in the jar ({@code /enrichment/*.txt}) and the shared taxonomy. */
public final class TextPipelines {

    static final String LEXICON = "/enrichment/lexicon.txt";
    static final String EXAMPLES = "/enrichment/examples.txt";
    static final String QUESTIONS = "/enrichment/questions.txt";

    private TextPipelines() {
    }

    /** Embeds every labelled example once, so call it once per embedder. */
    public static TextPipeline fromResources(TextEmbedder embedder) {
        Taxonomy taxonomy = Taxonomy.standard();
        List<LabelledExample> examples = LabelledExample.parse(lines(EXAMPLES));
        for (LabelledExample example : examples) {
            if (!taxonomy.contains(example.category())) {
                throw new IllegalStateException(EXAMPLES + " names an unknown category: " + example);
            }
        }
        Lexicon lexicon = Lexicon.parse(lines(LEXICON));
        for (LexiconEntry entry : lexicon.entries()) {
            if (!taxonomy.contains(entry.category())) {
                throw new IllegalStateException(LEXICON + " names an unknown category: " + entry.category());
            }
        }
        NearestNeighbours neighbours = new NearestNeighbours(embedder, taxonomy.categories(), examples);
        return new TextPipeline(taxonomy, lexicon, new CategoryClassifier(taxonomy, neighbours),
                questionTemplates());
    }

    /** The clarifying-question templates every analysis asks from (local pipeline and language model alike). */
    public static QuestionTemplates questionTemplates() {
        return QuestionTemplates.parse(lines(QUESTIONS));
    }

    public static List<String> lines(String resource) {
        try (InputStream in = TextPipelines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource + " on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
