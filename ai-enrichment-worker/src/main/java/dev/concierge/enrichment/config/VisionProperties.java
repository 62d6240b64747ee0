package dev.concierge.enrichment.config;

import dev.concierge.enrichment.photo.vision.VisionConfiguration;
import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code concierge.vision.*}: where Google Cloud Vision is, how to authenticate, and its fault tolerance. */
@ConfigMapping(prefix = "concierge.vision")
public interface VisionProperties extends RemoteCallProperties {

    String endpoint();

    boolean plaintext();

    Optional<String> apiKey();

    Optional<String> credentialsFile();

    default VisionConfiguration configuration() {
        return new VisionConfiguration(endpoint(), plaintext(), apiKey(), credentialsFile());
    }
}
