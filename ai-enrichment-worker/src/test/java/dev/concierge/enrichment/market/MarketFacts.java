package dev.concierge.enrichment.market;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.AnalysisDetails;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import dev.concierge.schemas.requests.RequestEvent.RequestEnriched;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facts of {@code requests.events} the market reads, as the request processor writes them:
 * one sourced request from creation to its accepted quote, a minute between facts.
 */
public final class MarketFacts {

    static final Address ADDRESS = new Address("80 Feet Road", null, "Koramangala", "Bengaluru", "560034", null);

    private MarketFacts() {
    }

    /** A fact and the time on its envelope. */
    public record Fact(RequestEvent event, Instant time) {
    }

    public static String newRequestId() {
        return "req_" + UUID.randomUUID();
    }

    public static RequestCreated created(String requestId, String categoryHint) {
        return new RequestCreated(requestId, "cus_1", "need something", List.of(), ADDRESS, categoryHint);
    }

    public static RequestEnriched enriched(String requestId, String category, String subcategory, String brand,
            String product) {
        return new RequestEnriched(requestId, category, product, Map.of("quantity", "1"), null, false, new AnalysisDetails(
                subcategory, brand, product, List.of(), null, List.of(), List.of("local-text"), false, List.of(), 0.9));
    }

    /** Created at {@code start}, enriched, quoted by {@code storeId} at {@code paise}, quote sent and accepted. */
    public static List<Fact> sourcedAndAccepted(String requestId, Instant start, String category, String subcategory,
            String brand, String product, String storeId, long paise) {
        String quoteId = "quo_" + requestId.substring(4);
        List<RequestEvent> events = List.of(
                created(requestId, null),
                enriched(requestId, category, subcategory, brand, product),
                new StoreQuoteReceived(requestId, storeId, true, Money.inr(paise), "haan hai"),
                new QuoteSent(requestId, quoteId, storeId, Money.inr(paise), Money.inr(2500), Money.inr(paise + 2500), null),
                new QuoteAccepted(requestId, quoteId, Money.inr(paise + 2500)));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            facts.add(new Fact(events.get(i), start.plus(Duration.ofMinutes(i))));
        }
        return facts;
    }
}
