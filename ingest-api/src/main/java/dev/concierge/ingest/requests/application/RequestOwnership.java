package dev.concierge.ingest.requests.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Which customer created which request, recorded when the request is accepted, so that customers
 * can be limited to their own requests without asking the read side.
 */
public interface RequestOwnership {

    void record(String requestId, String customerId, Instant createdAt);

    Optional<String> ownerOf(String requestId);

    /** The customer's most recent request created after {@code notBefore}, for WhatsApp follow-ups. */
    Optional<String> latestRequestOf(String customerId, Instant notBefore);
}
