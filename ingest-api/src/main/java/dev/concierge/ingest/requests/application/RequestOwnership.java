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

    /**
     * The owner when it is known without asking a store (held in memory), else empty: a write that needs
     * no round trip may then go ahead, any other takes {@link #ownerOf}.
     */
    default Optional<String> knownOwnerOf(String requestId) {
        return Optional.empty();
    }

    /** Notes that a request reached a final status (learnt from {@code requests.state}). */
    void recordClosed(String requestId);

    /**
     * The customer's most recent request created after {@code notBefore} that is not known to be
     * closed, for WhatsApp follow-ups.
     */
    Optional<String> openRequestOf(String customerId, Instant notBefore);
}
