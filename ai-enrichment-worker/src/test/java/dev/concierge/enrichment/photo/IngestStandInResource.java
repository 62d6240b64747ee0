package dev.concierge.enrichment.photo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Points the worker at an {@link IngestMediaStandIn} for the life of a {@code @QuarkusTest}. */
public class IngestStandInResource implements QuarkusTestResourceLifecycleManager {

    /** The property tests read to upload media to the stand-in the worker uses. */
    public static final String BASE_URL = "concierge.ingest.base-url";

    private IngestMediaStandIn ingest;

    @Override
    public Map<String, String> start() {
        try {
            ingest = new IngestMediaStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(BASE_URL, ingest.baseUrl(), "concierge.media-links.key", IngestMediaStandIn.MEDIA_LINK_KEY);
    }

    @Override
    public void stop() {
        if (ingest != null) {
            ingest.close();
        }
    }
}
