package dev.concierge.ingest.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.media.application.MediaLibrary;
import dev.concierge.ingest.media.imaging.ImageIoDecoder;
import dev.concierge.ingest.media.imaging.ImageLocationScrubber;
import dev.concierge.ingest.media.persistence.GridFsMediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Image uploads: GridFS storage, location scrubbing and decoding.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class MediaWiring {

    @Produces
    @Singleton
    GridFsMediaStore mediaStore(MongoDatabase database) {
        return new GridFsMediaStore(database);
    }

    @Produces
    @Singleton
    MediaLibrary mediaLibrary(GridFsMediaStore store) {
        return new MediaLibrary(store, new ImageLocationScrubber(), new ImageIoDecoder());
    }
}
