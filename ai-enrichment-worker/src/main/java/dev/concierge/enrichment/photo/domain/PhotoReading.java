package dev.concierge.enrichment.photo.domain;

import dev.concierge.schemas.enrichment.Barcode;
import java.util.List;

/**
 * What a request's photos said: the text read from them (blank when none), their barcodes, the
 * providers that looked at at least one photo, and why a photo or a provider could not be used
 * (non-empty problems mean the result is degraded). A remote vision provider also names what the
 * photos show ({@code labels}: labels, objects and logos) and the brands on them ({@code logos}).
 */
public record PhotoReading(String text, List<Barcode> barcodes, List<String> providers, List<String> problems,
        List<String> labels, List<String> logos) {

    public static final PhotoReading NONE = new PhotoReading("", List.of(), List.of(), List.of());

    public PhotoReading {
        text = text == null ? "" : text;
        barcodes = List.copyOf(barcodes);
        providers = List.copyOf(providers);
        problems = List.copyOf(problems);
        labels = List.copyOf(labels);
        logos = List.copyOf(logos);
    }

    /** Photos read by the local providers only: nothing names what they show. */
    public PhotoReading(String text, List<Barcode> barcodes, List<String> providers, List<String> problems) {
        this(text, barcodes, providers, problems, List.of(), List.of());
    }
}
