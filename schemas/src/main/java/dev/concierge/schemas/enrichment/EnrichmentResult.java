package dev.concierge.schemas.enrichment;

import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;
import java.util.Map;

/** Values of {@code enrichment.results}, keyed by request id: what the AI worker made of a request. */
public sealed interface EnrichmentResult {

    String requestId();

    int attempt();

    /**
     * The request was understood. Non-empty {@code questions} mean something is still missing and
     * the customer must be asked; {@code provider} names the model or local default that answered.
     * {@code category} is a taxonomy id ({@code dev.concierge.schemas.taxonomy.Taxonomy}); {@code specs}
     * are keyed by taxonomy attribute id. Added later, optional on the wire (absent in older events,
     * read as null or empty): {@code subcategory}, {@code brand}, {@code productName},
     * {@code missingAttributes} (attribute ids the category needs and the request does not say),
     * {@code providers} (every provider that contributed) and {@code degraded} (true when a provider
     * or an input could not be used, e.g. attached photos that were not analysed). Added after that,
     * equally optional: {@code photoText} (text read from the photos, null when none was read),
     * {@code barcodes} (read from the photos) and {@code degradedReasons} (why the result is degraded,
     * one reason a line, e.g. "photo med_1: not an image"). Added last, equally optional:
     * {@code photoLabels} (what a vision provider saw in the photos: labels, objects and logos),
     * {@code priceEstimate} (accepted quotes for the same product or subcategory; {@code priceHint} is
     * its median) and {@code matches} (earlier sourced products that resemble this request, best first).
     */
    @EventType("concierge.enrichment.completed.v1")
    record EnrichmentCompleted(
            String requestId,
            int attempt,
            String category,
            @Nullable String summary,
            Map<String, String> specs,
            List<String> questions,
            @Nullable Money priceHint,
            double confidence,
            String provider,
            @Nullable String subcategory,
            @Nullable String brand,
            @Nullable String productName,
            @Nullable List<String> missingAttributes,
            @Nullable List<String> providers,
            @Nullable Boolean degraded,
            @Nullable String photoText,
            @Nullable List<Barcode> barcodes,
            @Nullable List<String> degradedReasons,
            @Nullable List<String> photoLabels,
            @Nullable PriceEstimate priceEstimate,
            @Nullable List<ProductMatch> matches) implements EnrichmentResult {

        public EnrichmentCompleted {
            specs = Immutable.map(specs);
            questions = Immutable.list(questions);
            missingAttributes = missingAttributes == null ? List.of() : Immutable.list(missingAttributes);
            providers = providers == null ? List.of() : Immutable.list(providers);
            degraded = Boolean.TRUE.equals(degraded);
            barcodes = barcodes == null ? List.of() : Immutable.list(barcodes);
            degradedReasons = degradedReasons == null ? List.of() : Immutable.list(degradedReasons);
            photoLabels = photoLabels == null ? List.of() : Immutable.list(photoLabels);
            matches = matches == null ? List.of() : Immutable.list(matches);
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
            }
        }

        /** The shape before subcategory, brand, product, missing attributes, providers and degraded were added. */
        public EnrichmentCompleted(String requestId, int attempt, String category, String summary,
                Map<String, String> specs, List<String> questions, Money priceHint, double confidence, String provider) {
            this(requestId, attempt, category, summary, specs, questions, priceHint, confidence, provider,
                    null, null, null, null, null, null, null, null, null);
        }

        /** The shape before photoText, barcodes and degradedReasons were added. */
        public EnrichmentCompleted(String requestId, int attempt, String category, String summary,
                Map<String, String> specs, List<String> questions, Money priceHint, double confidence, String provider,
                String subcategory, String brand, String productName, List<String> missingAttributes,
                List<String> providers, Boolean degraded) {
            this(requestId, attempt, category, summary, specs, questions, priceHint, confidence, provider,
                    subcategory, brand, productName, missingAttributes, providers, degraded, null, null, null);
        }

        /** The shape before photoLabels, priceEstimate and matches were added. */
        public EnrichmentCompleted(String requestId, int attempt, String category, String summary,
                Map<String, String> specs, List<String> questions, Money priceHint, double confidence, String provider,
                String subcategory, String brand, String productName, List<String> missingAttributes,
                List<String> providers, Boolean degraded, String photoText, List<Barcode> barcodes,
                List<String> degradedReasons) {
            this(requestId, attempt, category, summary, specs, questions, priceHint, confidence, provider,
                    subcategory, brand, productName, missingAttributes, providers, degraded, photoText, barcodes,
                    degradedReasons, null, null, null);
        }
    }

    /** Analysis gave up; {@code retryable} says whether trying again later may succeed. */
    @EventType("concierge.enrichment.failed.v1")
    record EnrichmentFailed(String requestId, int attempt, String reason, boolean retryable)
            implements EnrichmentResult {
    }
}
