package dev.concierge.enrichment.analysis.application;

import dev.concierge.enrichment.language.domain.Refinement;
import dev.concierge.enrichment.language.domain.RefinementInput;
import dev.concierge.enrichment.language.domain.Refiner;
import dev.concierge.enrichment.market.domain.MarketLookup;
import dev.concierge.enrichment.market.domain.MarketView;
import dev.concierge.enrichment.market.domain.ProductQuery;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.domain.PhotoReading;
import dev.concierge.enrichment.text.domain.AnalysisInput;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.enrichment.PriceEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers an {@code AnalyzeRequest}: read the photos (barcodes, printed text), then run the local
 * text pipeline over the request's text and the text on its photos together, so a photo of "AMUL
 * BUTTER 500g" names the product like the words would. A photo that could not be read leaves the
 * result to the text, marked {@code degraded} with the reasons. With a remote vision provider, the
 * logos and labels it saw join the text too (a logo is brand evidence); with a language model, it
 * refines the local analysis, and a failing one leaves the local analysis, degraded. The market then
 * adds the price customers accepted for such an item and the earlier products like it; when it
 * cannot be asked (MongoDB away) the result goes without them, degraded with the reason.
 */
public final class RequestEnrichment {

    /** Names the local text pipeline in {@code provider} and {@code providers}. */
    public static final String PROVIDER = "local-text";

    private final TextPipeline pipeline;
    private final PhotoReader photos;
    private final Refiner refiner;
    private final MarketLookup market;

    public RequestEnrichment(TextPipeline pipeline, PhotoReader photos, Refiner refiner, MarketLookup market) {
        this.pipeline = pipeline;
        this.photos = photos;
        this.refiner = refiner;
        this.market = market;
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
        MarketView known = marketView(analysis, brand, text, problems);
        Optional<PriceEstimate> estimate = known.priceEstimate();
        return new EnrichmentCompleted(command.requestId(), command.attempt(), analysis.category(),
                analysis.productName(), analysis.specs(), analysis.questionTexts(),
                estimate.map(PriceEstimate::median).orElse(null), analysis.confidence(),
                refinement.providers().isEmpty() ? PROVIDER : refinement.providers().get(0), analysis.subcategory(),
                brand, analysis.productName(), analysis.missingAttributes(), providers, !problems.isEmpty(),
                reading.text().isBlank() ? null : reading.text(), reading.barcodes(), problems, reading.labels(),
                estimate.orElse(null), known.matches());
    }

    private MarketView marketView(TextAnalysis analysis, String brand, String text, List<String> problems) {
        try {
            return market.lookup(new ProductQuery(analysis.category(), analysis.subcategory(), brand,
                    analysis.productName(), text));
        } catch (RuntimeException e) {
            problems.add("price hint and matches not looked up: " + e.getClass().getSimpleName());
            return new MarketView(Optional.empty(), List.of());
        }
    }

    /**
     * The same analysis, with images uploaded alongside the command (the preview's base64 images):
     * their ids are among {@code mediaIds} and their bytes are read from memory instead of ingest-api.
     */
    public EnrichmentCompleted analyse(AnalyzeRequest command, Map<String, byte[]> uploads) {
        return uploads.isEmpty() ? analyse(command) : new RequestEnrichment(pipeline, photos.withUploads(uploads),
                refiner, market).analyse(command);
    }

    private static String joined(String said, String onPhotos) {
        return said == null || said.isBlank() ? onPhotos : said + "\n" + onPhotos;
    }
}
