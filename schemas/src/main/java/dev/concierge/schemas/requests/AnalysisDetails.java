package dev.concierge.schemas.requests;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.enrichment.PriceEstimate;
import dev.concierge.schemas.enrichment.ProductMatch;
import java.util.List;

/**
 * What the automatic analysis found beyond category, summary and specs, carried onto the request so
 * that the agent and the dashboard see it: the finer category, the product, what is still missing,
 * what the photos said, and how far the analysis can be trusted.
 */
public record AnalysisDetails(
        @Nullable String subcategory,
        @Nullable String brand,
        @Nullable String productName,
        @Description("Attributes the category needs that the customer has not given yet.") List<String> missingAttributes,
        @Nullable @Description("Text read from the photos.") String photoText,
        List<Barcode> barcodes,
        @Description("The providers that contributed, e.g. local-text, local-ocr.") List<String> providers,
        @Description("True when a provider or a photo could not be used; the reasons say why.") boolean degraded,
        List<String> degradedReasons,
        @Description("The analysis's confidence in the category, 0 to 1.") double confidence,
        @Description("What a vision provider saw in the photos: labels, objects, logos.") List<String> photoLabels,
        @Nullable @Description("Accepted quotes for the same product or subcategory.") PriceEstimate priceEstimate,
        @Description("Earlier sourced products that resemble the request, best first.") List<ProductMatch> matches) {

    public AnalysisDetails {
        missingAttributes = missingAttributes == null ? List.of() : Immutable.list(missingAttributes);
        barcodes = barcodes == null ? List.of() : Immutable.list(barcodes);
        providers = providers == null ? List.of() : Immutable.list(providers);
        degradedReasons = degradedReasons == null ? List.of() : Immutable.list(degradedReasons);
        photoLabels = photoLabels == null ? List.of() : Immutable.list(photoLabels);
        matches = matches == null ? List.of() : Immutable.list(matches);
    }

    /** The shape before photo labels, the price estimate and product matches were added. */
    public AnalysisDetails(String subcategory, String brand, String productName, List<String> missingAttributes,
            String photoText, List<Barcode> barcodes, List<String> providers, boolean degraded,
            List<String> degradedReasons, double confidence) {
        this(subcategory, brand, productName, missingAttributes, photoText, barcodes, providers, degraded,
                degradedReasons, confidence, null, null, null);
    }
}
