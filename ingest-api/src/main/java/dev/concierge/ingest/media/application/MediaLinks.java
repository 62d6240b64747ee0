package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.application.MediaLibrary.Download;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signed, expiring links to one image, for fetchers that hold no JWT (Twilio downloading the
 * photos of a store outreach message). The notifier signs them with the shared key; a link opens
 * its image until it expires, whoever presents it, and any variant of it ({@code &variant=}, not part
 * of the signature: a smaller copy of the same image grants nothing more).
 */
public final class MediaLinks {

    private final MediaLinkSigner signer;
    private final MediaLibrary library;
    private final Clock clock;

    public MediaLinks(MediaLinkSigner signer, MediaLibrary library, Clock clock) {
        this.signer = signer;
        this.library = library;
        this.clock = clock;
    }

    /**
     * The image a valid link names, with how long the link still holds. Anything wrong with the link
     * (signature, expiry, shape) is one and the same refusal, so a prober learns nothing from it.
     */
    public LinkedDownload open(String mediaId, String expires, String signature, String variant) {
        Instant now = clock.instant();
        if (!signer.verify(mediaId, expires, signature, now)) {
            throw new ForbiddenException("this media link is not valid, or it has expired");
        }
        if (!MediaLibrary.isMediaId(mediaId)) {
            throw new NotFoundException("no media " + mediaId);
        }
        Duration left = Duration.between(now, Instant.ofEpochSecond(Long.parseLong(expires)));
        return new LinkedDownload(library.openForLink(mediaId, variant), left);
    }

    public record LinkedDownload(Download download, Duration left) {
    }
}
