package dev.concierge.enrichment.analysis.application;

import dev.concierge.schemas.enrichment.EnrichmentResult;

/** Where results go ({@code enrichment.results}); a failed write throws so the command is not committed. */
public interface EnrichmentResultsOut {

    void publish(String causeId, EnrichmentResult result);
}
