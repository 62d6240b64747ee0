package dev.concierge.enrichment.market.domain;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.AnalysisDetails;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import dev.concierge.schemas.requests.RequestEvent.RequestEnriched;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the market knows of one request: when it was made and in which category, what the analysis
 * said it was for, which stores had it and at what price, the quotes sent and the one accepted.
 * {@link #apply} folds a fact in; applying the same fact again gives the same state, so a
 * redelivered or replayed event changes nothing.
 */
public record SourcedRequest(
        String requestId,
        Instant createdAt,
        String categoryHint,
        Enrichment enrichment,
        List<StoreSighting> stores,
        List<SentQuote> quotes,
        SentQuote accepted) {

    public static final String OTHER = "other";

    /** What {@code RequestEnriched} said: the taxonomy place, the product (when named) and its specs. */
    public record Enrichment(String category, String subcategory, String brand, String productName,
            Map<String, String> specs) {

        public Enrichment {
            specs = Map.copyOf(specs);
        }
    }

    /** A store that said it has the item (its latest answer), and the price it named, if any. */
    public record StoreSighting(String storeId, Instant at, Money price) {
    }

    /** A quote sent to the customer: its store and the item price without delivery. */
    public record SentQuote(String quoteId, String storeId, Money itemPrice, Instant at) {
    }

    public SourcedRequest {
        stores = List.copyOf(stores);
        quotes = List.copyOf(quotes);
    }

    public static SourcedRequest empty(String requestId) {
        return new SourcedRequest(requestId, null, null, null, List.of(), List.of(), null);
    }

    /** True for the facts {@link #apply} folds in; the rest are not worth a read. */
    public static boolean uses(RequestEvent event) {
        return event instanceof RequestCreated || event instanceof RequestEnriched
                || event instanceof StoreQuoteReceived || event instanceof QuoteSent || event instanceof QuoteAccepted;
    }

    /** @param time the event's time (the envelope's) */
    public SourcedRequest apply(RequestEvent event, Instant time) {
        if (event instanceof RequestCreated created) {
            return new SourcedRequest(requestId, time, created.categoryHint(), enrichment, stores, quotes, accepted);
        }
        if (event instanceof RequestEnriched enriched) {
            Optional<AnalysisDetails> details = Optional.ofNullable(enriched.details());
            String name = details.map(AnalysisDetails::productName).orElse(enriched.summary());
            return new SourcedRequest(requestId, createdAt, categoryHint, new Enrichment(enriched.category(),
                    details.map(AnalysisDetails::subcategory).orElse(null), details.map(AnalysisDetails::brand).orElse(null),
                    name == null || name.isBlank() ? null : name, enriched.specs()), stores, quotes, accepted);
        }
        if (event instanceof StoreQuoteReceived quote) {
            List<StoreSighting> sightings = new ArrayList<>(stores);
            sightings.removeIf(sighting -> sighting.storeId().equals(quote.storeId()));
            if (quote.available()) {
                sightings.add(new StoreSighting(quote.storeId(), time, quote.price()));
            }
            return new SourcedRequest(requestId, createdAt, categoryHint, enrichment, sightings, quotes, accepted);
        }
        if (event instanceof QuoteSent sent) {
            List<SentQuote> sentQuotes = new ArrayList<>(quotes);
            sentQuotes.removeIf(quote -> quote.quoteId().equals(sent.quoteId()));
            sentQuotes.add(new SentQuote(sent.quoteId(), sent.storeId(), sent.itemPrice(), time));
            return new SourcedRequest(requestId, createdAt, categoryHint, enrichment, stores, sentQuotes, accepted);
        }
        if (event instanceof QuoteAccepted acceptance) {
            // the accepted quote's item price comes from its QuoteSent (earlier on the same partition); the total holds delivery
            return quotes.stream().filter(quote -> quote.quoteId().equals(acceptance.quoteId())).findFirst()
                    .map(quote -> new SourcedRequest(requestId, createdAt, categoryHint, enrichment, stores, quotes,
                            new SentQuote(quote.quoteId(), quote.storeId(), quote.itemPrice(), time)))
                    .orElse(this);
        }
        return this;
    }

    /** The first category known: the analysis's, else the customer's hint when it is a taxonomy id, else other. */
    public String category() {
        if (enrichment != null) {
            return enrichment.category();
        }
        return categoryHint != null && Taxonomy.standard().contains(categoryHint) ? categoryHint : OTHER;
    }

    public Optional<String> productId() {
        return enrichment == null ? Optional.empty() : ProductNames.id(enrichment.brand(), enrichment.productName());
    }

    /** A store had it or a quote was sent. */
    public boolean sourced() {
        return !stores.isEmpty() || !quotes.isEmpty();
    }
}
