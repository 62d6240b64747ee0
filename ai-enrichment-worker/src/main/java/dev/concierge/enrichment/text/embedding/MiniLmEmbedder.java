package dev.concierge.enrichment.text.embedding;

import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * all-MiniLM-L6-v2 through langchain4j's in-process ONNX runtime: no network, the model comes in
 * the jar. Loading takes seconds and ~100 MB, so make one per JVM and share it.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
