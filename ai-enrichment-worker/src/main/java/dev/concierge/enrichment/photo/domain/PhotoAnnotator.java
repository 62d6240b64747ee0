package dev.concierge.enrichment.photo.domain;

import java.util.List;
import java.util.Optional;

/**
 * A remote vision provider that reads all of a request's photos in one call: their text, what they
 * show and the logos on them. Inactive when it is not configured; then the local providers read the
 * photos and {@link #inactiveReason()} says why.
 */
public interface PhotoAnnotator {

    String provider();

    /** Empty when the provider is configured; otherwise why the photos are read locally. */
    Optional<String> inactiveReason();

    /** Never throws: a timeout, an error or an open circuit is a {@link PhotoAnnotation.Failed} with the reason. */
    PhotoAnnotation annotate(List<byte[]> photos);

    /** No remote provider: photos are read by the local OCR. */
    static PhotoAnnotator inactive(String provider, String reason) {
        return new PhotoAnnotator() {
            @Override
            public String provider() {
                return provider;
            }

            @Override
            public Optional<String> inactiveReason() {
                return Optional.of(reason);
            }

            @Override
            public PhotoAnnotation annotate(List<byte[]> photos) {
                return new PhotoAnnotation.Failed(provider + ": " + reason);
            }
        };
    }
}
