package dev.concierge.enrichment.market.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the market keeps its requests and products (MongoDB in the service). */
public interface MarketStore {

    Optional<SourcedRequest> request(String requestId);

    /** Replaces the request's state. */
    void save(SourcedRequest request);

    Optional<StoredProduct> product(String productId);

    /** Inserts the product unless one with its id exists (then the first naming stays). */
    void addProduct(StoredProduct product);

    /** Every product of the category; every product at all when {@code category} is null. */
    List<StoredProduct> products(String category);

    /** Requests that named the product. */
    List<SourcedRequest> requestsOf(String productId);

    /** Requests with an accepted quote in the category, and in the subcategory unless it is null. */
    List<SourcedRequest> acceptedIn(String category, String subcategory);

    /** Requests created in [from, to). */
    List<SourcedRequest> createdBetween(Instant from, Instant to);
}
