package dev.concierge.ingest.config;

import dev.concierge.ingest.requests.application.RequestClosures;
import dev.concierge.ingest.requests.application.RequestOwnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the {@code requests.state} follower's plain handler to the ownership store. */
@ApplicationScoped
public class RequestStatusWiring {

    @Produces
    @Singleton
    RequestClosures requestClosures(RequestOwnership ownership) {
        return new RequestClosures(ownership);
    }
}
