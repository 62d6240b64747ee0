package dev.concierge.enrichment.analysis.application;

import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.domain.PhotoReading;
import dev.concierge.enrichment.text.domain.AnalysisInput;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers an {@code AnalyzeRequest}: read the photos (barcodes, printed text), then run the local
 * text pipeline over the request's text and the text on its photos together, so a photo of "AMUL
 * BUTTER 500g" names the product like the words would. A photo that could not be read leaves the
 * result to the text, marked {@code degraded} with the reasons.
 */
public final class RequestEnrichment {

    /** Names the local text pipeline in {@code provider} and {@code providers}. */
    public static final String PROVIDER = "local-text";

    private final TextPipeline pipeline;
    private final PhotoReader photos;

    public RequestEnrichment(TextPipeline pipeline, PhotoReader photos) {
        this.pipeline = pipeline;
        this.photos = photos;
    }

    public EnrichmentCompleted analyse(AnalyzeRequest command) {
        PhotoReading reading = photos.read(command.mediaIds());
        String text = reading.text().isBlank() ? command.text() : joined(command.text(), reading.text());
        TextAnalysis analysis = pipeline.analyse(new AnalysisInput(text, command.categoryHint(),
                command.askedQuestions(), command.answers()));
        List<String> providers = new ArrayList<>(List.of(PROVIDER));
        providers.addAll(reading.providers());
        return new EnrichmentCompleted(command.requestId(), command.attempt(), analysis.category(),
                analysis.productName(), analysis.specs(), analysis.questionTexts(), null, analysis.confidence(),
                PROVIDER, analysis.subcategory(), analysis.brand(), analysis.productName(),
                analysis.missingAttributes(), providers, !reading.problems().isEmpty(),
                reading.text().isBlank() ? null : reading.text(), reading.barcodes(), reading.problems());
    }

    /**
     * The same analysis, with images uploaded alongside the command (the preview's base64 images):
     * their ids are among {@code mediaIds} and their bytes are read from memory instead of ingest-api.
     */
    public EnrichmentCompleted analyse(AnalyzeRequest command, Map<String, byte[]> uploads) {
        return uploads.isEmpty() ? analyse(command) : new RequestEnrichment(pipeline, photos.withUploads(uploads))
                .analyse(command);
    }

    private static String joined(String said, String onPhotos) {
        return said == null || said.isBlank() ? onPhotos : said + "\n" + onPhotos;
    }
}
