package dev.concierge.enrichment.text;

import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.enrichment.text.domain.TextPipelines;
import dev.concierge.enrichment.text.embedding.MiniLmEmbedder;

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
}
