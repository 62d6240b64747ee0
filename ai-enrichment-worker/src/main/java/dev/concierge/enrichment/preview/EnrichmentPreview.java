package dev.concierge.enrichment.preview;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.enrichment.PriceEstimate;
import dev.concierge.schemas.enrichment.ProductMatch;
import java.util.List;
import java.util.Map;

/**
 * What the worker would publish as {@code EnrichmentCompleted} for the previewed request, without
 * the request id and attempt it does not have: field for field the event's JSON.
 */
public record EnrichmentPreview(
        String category,
        String subcategory,
        double confidence,
        String brand,
        String productName,
        String summary,
        Map<String, String> specs,
        List<String> missingAttributes,
        List<String> questions,
        String photoText,
        List<Barcode> barcodes,
        List<String> photoLabels,
        Money priceHint,
        PriceEstimate priceEstimate,
        List<ProductMatch> matches,
        String provider,
        List<String> providers,
        boolean degraded,
        List<String> degradedReasons) {

    static EnrichmentPreview of(EnrichmentCompleted c) {
        return new EnrichmentPreview(c.category(), c.subcategory(), c.confidence(), c.brand(), c.productName(),
                c.summary(), c.specs(), c.missingAttributes(), c.questions(), c.photoText(), c.barcodes(),
                c.photoLabels(), c.priceHint(), c.priceEstimate(), c.matches(), c.provider(), c.providers(),
                Boolean.TRUE.equals(c.degraded()), c.degradedReasons());
    }
}
