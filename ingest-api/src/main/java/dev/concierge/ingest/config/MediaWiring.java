package dev.concierge.ingest.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.media.application.MediaLibrary;
import dev.concierge.ingest.media.application.MediaLinks;
import dev.concierge.ingest.media.application.MediaVariants;
import dev.concierge.ingest.media.application.WhatsAppPhotos;
import dev.concierge.ingest.media.imaging.ImageIoDecoder;
import dev.concierge.ingest.media.imaging.ImageLocationScrubber;
import dev.concierge.ingest.media.imaging.Java2dImageResizer;
import dev.concierge.ingest.media.persistence.GridFsMediaStore;
import dev.concierge.ingest.media.remote.TwilioMediaDownloads;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.schemas.media.MediaLinkSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Image uploads: GridFS storage, location scrubbing and decoding, the resized variants made in the background;
 * signed links for fetchers without a JWT.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class MediaWiring {

    private static final Logger LOG = Logger.getLogger(MediaWiring.class);

    @Produces
    @Singleton
    GridFsMediaStore mediaStore(MongoDatabase database) {
        return new GridFsMediaStore(database);
    }

    @Produces
    @Singleton
    MediaLibrary mediaLibrary(GridFsMediaStore store, EventPublisher events, Clock clock) {
        return new MediaLibrary(store, new ImageLocationScrubber(), new ImageIoDecoder(), events, clock);
    }

    @Produces
    @Singleton
    MediaVariants mediaVariants(GridFsMediaStore store, EventPublisher events, Clock clock) {
        return new MediaVariants(store, new Java2dImageResizer(), events, clock);
    }

    @Produces
    @Singleton
    MediaLinks mediaLinks(@ConfigProperty(name = "concierge.media.link-key") String base64Key, MediaLibrary library,
            Clock clock) {
        return new MediaLinks(MediaLinkSigner.fromBase64Key(base64Key), library, clock);
    }

    @Produces
    @Singleton
    WhatsAppPhotos whatsAppPhotos(MediaLibrary library,
            @ConfigProperty(name = "concierge.twilio.media-hosts") Set<String> mediaHosts,
            @ConfigProperty(name = "concierge.twilio.account-sid") Optional<String> accountSid,
            @ConfigProperty(name = "concierge.twilio.auth-token") String authToken,
            @ConfigProperty(name = "concierge.twilio.media-timeout") Duration timeout) {
        return new WhatsAppPhotos(new TwilioMediaDownloads(mediaHosts, accountSid.orElse(null), authToken, timeout),
                library, (url, reason) -> LOG.warnf("a WhatsApp photo stays a link only (%s): %s", url, reason));
    }
}
