package dev.concierge.enrichment.analysis.application;

import dev.concierge.enrichment.text.domain.AnalysisInput;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import java.util.List;

/**
 * Answers an {@code AnalyzeRequest} with the local text pipeline. Photos are not analysed yet
 * (barcodes, OCR and Vision are a later part): a request with photos gets a result marked
 * {@code degraded}, so the agent knows the photos still need a human look.
 */
public final class TextEnrichment {

    /** Names the local text pipeline in {@code provider} and {@code providers}. */
    public static final String PROVIDER = "local-text";

    private final TextPipeline pipeline;

    public TextEnrichment(TextPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public EnrichmentCompleted analyse(AnalyzeRequest command) {
        TextAnalysis analysis = pipeline.analyse(new AnalysisInput(command.text(), command.categoryHint(),
                command.askedQuestions(), command.answers()));
        return new EnrichmentCompleted(command.requestId(), command.attempt(), analysis.category(),
                analysis.productName(), analysis.specs(), analysis.questionTexts(), null, analysis.confidence(),
                PROVIDER, analysis.subcategory(), analysis.brand(), analysis.productName(),
                analysis.missingAttributes(), List.of(PROVIDER), !command.mediaIds().isEmpty());
    }
}
