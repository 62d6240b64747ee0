package dev.concierge.notifications.channels;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Public links to media for providers that fetch it themselves (Twilio): an uploaded medium becomes
 * a signed, expiring link to the ingest API ({@code GET /v1/media/{id}/public?expires=…&signature=…}),
 * which answers it without a token until it expires; a URL is passed on as it is.
 */
public final class MediaLinks {

    private final MediaLinkSigner signer;
    private final String ingestPublicBaseUrl;
    private final Duration lifetime;
    private final Clock clock;

    public MediaLinks(MediaLinkSigner signer, String ingestPublicBaseUrl, Duration lifetime, Clock clock) {
        this.signer = signer;
        this.ingestPublicBaseUrl = ingestPublicBaseUrl.endsWith("/")
                ? ingestPublicBaseUrl.substring(0, ingestPublicBaseUrl.length() - 1) : ingestPublicBaseUrl;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public List<String> urls(List<Attachment> media) {
        return media.stream().map(this::url).toList();
    }

    public String url(Attachment attachment) {
        if (attachment.mediaId() == null) {
            return attachment.url();
        }
        return ingestPublicBaseUrl + signer.pathAndQuery(attachment.mediaId(), clock.instant().plus(lifetime));
    }
}
