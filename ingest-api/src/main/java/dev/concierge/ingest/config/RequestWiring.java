package dev.concierge.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.directory.application.CustomerProfiles;
import dev.concierge.ingest.media.application.MediaLibrary;
import dev.concierge.ingest.media.persistence.GridFsMediaStore;
import dev.concierge.ingest.requests.application.MediaCatalog;
import dev.concierge.ingest.requests.application.RememberedOwnership;
import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.requests.persistence.MongoRequestOwnership;
import dev.concierge.ingest.requests.persistence.RedisTypingIndicators;
import dev.concierge.ingest.shared.application.BoundedCache;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RedissonClient;

/**
 * Requests, chat messages and commands: ownership, uploaded media, typing and the customer's default address.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class RequestWiring {

    @Produces
    @Singleton
    RequestOwnership requestOwnership(MongoDatabase database, Clock clock,
            @ConfigProperty(name = "concierge.requests.remembered-owners.capacity") int capacity,
            @ConfigProperty(name = "concierge.requests.remembered-owners.keep") Duration keep) {
        return new RememberedOwnership(new MongoRequestOwnership(database), new BoundedCache<>(capacity, clock), clock,
                keep);
    }

    @Produces
    @Singleton
    RequestWrites requestWrites(EventPublisher events, RequestOwnership ownership, GridFsMediaStore media,
            RedissonClient redisson, ObjectMapper mapper, CustomerProfiles profiles, IdGenerator ids, Clock clock) {
        MediaCatalog catalog = new MediaCatalog() {
            @Override
            public Optional<UploadedMedia> find(String mediaId) {
                return !MediaLibrary.isMediaId(mediaId) ? Optional.empty() : media.find(mediaId)
                        .map(stored -> new UploadedMedia(stored.contentType(), stored.uploaders()));
            }

            @Override
            public void shareWith(String mediaId, String customerId) {
                media.shareWith(mediaId, customerId);
            }
        };
        return new RequestWrites(events, ownership, catalog, new RedisTypingIndicators(redisson, mapper, clock),
                profiles::defaultAddress, ids, clock);
    }
}
