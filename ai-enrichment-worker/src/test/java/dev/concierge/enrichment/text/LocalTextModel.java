package dev.concierge.enrichment.text;

import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import dev.concierge.enrichment.language.domain.LanguageModel;
import dev.concierge.enrichment.language.domain.Refiner;
import dev.concierge.enrichment.market.domain.MarketView;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.enrichment.text.domain.TextPipelines;
import dev.concierge.enrichment.text.embedding.MiniLmEmbedder;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.List;
import java.util.Optional;

/** One MiniLM model and one pipeline per test JVM: loading the model takes seconds and ~100 MB. */
public final class LocalTextModel {

    private LocalTextModel() {
    }

    private static final class Holder {
        static final TextEmbedder EMBEDDER = new MiniLmEmbedder();
        static final TextPipeline PIPELINE = TextPipelines.fromResources(EMBEDDER);
    }

    public static TextPipeline pipeline() {
        return Holder.PIPELINE;
    }

    /** The model under {@link #pipeline()}, for tests that embed on their own (the market's). */
    public static TextEmbedder embedder() {
        return Holder.EMBEDDER;
    }

    /** The refinement step as it is without a configured language model: the local analysis stands. */
    public static Refiner withoutLanguageModel() {
        return new Refiner(Taxonomy.standard(), TextPipelines.questionTemplates(),
                LanguageModel.inactive("llm", "no language model in this test"));
    }

    /** The analysis with the local providers only: no language model, no market knowledge. */
    public static RequestEnrichment localOnly(PhotoReader photos) {
        return new RequestEnrichment(pipeline(), photos, withoutLanguageModel(),
                query -> new MarketView(Optional.empty(), List.of()));
    }
}
