package dev.concierge.enrichment.analysis.application;

import dev.concierge.enrichment.language.domain.Refinement;
import dev.concierge.enrichment.language.domain.RefinementInput;
import dev.concierge.enrichment.language.domain.Refiner;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.domain.PhotoReading;
import dev.concierge.enrichment.text.domain.AnalysisInput;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers an {@code AnalyzeRequest}: read the photos (barcodes, printed text), then run the local
 * text pipeline over the request's text and the text on its photos together, so a photo of "AMUL
 * BUTTER 500g" names the product like the words would. A photo that could not be read leaves the
 * result to the text, marked {@code degraded} with the reasons. With a remote vision provider, the
 * logos and labels it saw join the text too (a logo is brand evidence); with a language model, it
 * refines the local analysis last, and a failing one leaves the local analysis, degraded.
 */
public final class RequestEnrichment {

    /** Names the local text pipeline in {@code provider} and {@code providers}. */
    public static final String PROVIDER = "local-text";

    private final TextPipeline pipeline;
    private final PhotoReader photos;
    private final Refiner refiner;

    public RequestEnrichment(TextPipeline pipeline, PhotoReader photos, Refiner refiner) {
        this.pipeline = pipeline;
        this.photos = photos;
        this.refiner = refiner;
    }

    public EnrichmentCompleted analyse(AnalyzeRequest command) {
        PhotoReading reading = photos.read(command.mediaIds());
        String seen = String.join("\n", reading.text(), String.join(", ", reading.labels())).strip();
        String text = seen.isBlank() ? command.text() : joined(command.text(), seen);
        TextAnalysis local = pipeline.analyse(new AnalysisInput(text, command.categoryHint(),
                command.askedQuestions(), command.answers()));
        Refinement refinement = refiner.refine(new RefinementInput(command.text(), reading.text(), reading.labels(),
                command.askedQuestions(), command.answers()), local);
        TextAnalysis analysis = refinement.analysis();
        List<String> providers = new ArrayList<>(List.of(PROVIDER));
        providers.addAll(reading.providers());
        providers.addAll(refinement.providers());
        List<String> problems = new ArrayList<>(reading.problems());
        problems.addAll(refinement.problems());
        String brand = analysis.brand() != null ? analysis.brand() : reading.logos().stream().findFirst().orElse(null);
        return new EnrichmentCompleted(command.requestId(), command.attempt(), analysis.category(),
                analysis.productName(), analysis.specs(), analysis.questionTexts(), null, analysis.confidence(),
                refinement.providers().isEmpty() ? PROVIDER : refinement.providers().get(0), analysis.subcategory(),
                brand, analysis.productName(), analysis.missingAttributes(), providers, !problems.isEmpty(),
                reading.text().isBlank() ? null : reading.text(), reading.barcodes(), problems, reading.labels(),
                null, null);
    }

    private static String joined(String said, String onPhotos) {
        return said == null || said.isBlank() ? onPhotos : said + "\n" + onPhotos;
    }
}
