package dev.concierge.ingest.requests.application;

import dev.concierge.ingest.shared.application.BoundedCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the owner of requests in memory: every chat message and command asks who owns its request,
 * and that answer never changes once recorded (ownership is written once, when the request is
 * accepted, and never updated or deleted). Only found owners are remembered: a request that is
 * unknown now may be recorded a moment later by another instance. Entries end after {@code keep} so
 * the map turns over to the requests in use.
 */
public final class RememberedOwnership implements RequestOwnership {

    private final RequestOwnership stored;
    private final BoundedCache<String, String> owners;
    private final Clock clock;
    private final Duration keep;

    public RememberedOwnership(RequestOwnership stored, BoundedCache<String, String> owners, Clock clock,
            Duration keep) {
        this.stored = stored;
        this.owners = owners;
        this.clock = clock;
        this.keep = keep;
    }

    @Override
    public void record(String requestId, String customerId, Instant createdAt) {
        stored.record(requestId, customerId, createdAt);
        remember(requestId, customerId);
    }

    @Override
    public Optional<String> ownerOf(String requestId) {
        Optional<String> known = owners.get(requestId);
        if (known.isPresent()) {
            return known;
        }
        Optional<String> owner = stored.ownerOf(requestId);
        owner.ifPresent(customerId -> remember(requestId, customerId));
        return owner;
    }

    @Override
    public Optional<String> knownOwnerOf(String requestId) {
        return owners.get(requestId);
    }

    @Override
    public void recordClosed(String requestId) {
        stored.recordClosed(requestId);
    }

    @Override
    public Optional<String> openRequestOf(String customerId, Instant notBefore) {
        return stored.openRequestOf(customerId, notBefore);
    }

    private void remember(String requestId, String customerId) {
        owners.put(requestId, customerId, clock.instant().plus(keep));
    }
}
