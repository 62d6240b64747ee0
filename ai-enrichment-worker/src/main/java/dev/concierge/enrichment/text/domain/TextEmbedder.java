package dev.concierge.enrichment.text.domain;

/** Turns a short text into a sentence embedding; implementations load their model once and are thread-safe. */
public interface TextEmbedder {

    float[] embed(String text);
}
