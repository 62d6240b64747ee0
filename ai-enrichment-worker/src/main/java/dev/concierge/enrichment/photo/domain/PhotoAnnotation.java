package dev.concierge.enrichment.photo.domain;

import java.util.List;

/** What a remote vision provider made of a request's photos, or why it could not say. */
public sealed interface PhotoAnnotation {

    /** The text on all photos (blank when none), labels and objects seen, and the logos (brands) recognised. */
    record Annotated(String text, List<String> labels, List<String> logos) implements PhotoAnnotation {

        public Annotated {
            text = text == null ? "" : text.strip();
            labels = List.copyOf(labels);
            logos = List.copyOf(logos);
        }
    }

    /** The reason starts with the provider, e.g. "google-vision: timed out after 3 s". */
    record Failed(String reason) implements PhotoAnnotation {
    }
}
