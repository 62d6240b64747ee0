package dev.concierge.enrichment.text;

import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.enrichment.text.domain.TextPipelines;
import dev.concierge.enrichment.text.embedding.MiniLmEmbedder;

/** One MiniLM model and one pipeline per test JVM: loading the model takes seconds and ~100 MB. */
final class LocalTextModel {

    private LocalTextModel() {
    }

    private static final class Holder {
        static final TextPipeline PIPELINE = TextPipelines.fromResources(new MiniLmEmbedder());
    }

    static TextPipeline pipeline() {
        return Holder.PIPELINE;
    }
}
