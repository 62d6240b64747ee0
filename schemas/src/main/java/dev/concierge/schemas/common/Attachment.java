package dev.concierge.schemas.common;

/** A photo or file on a chat message: a GridFS media id for uploads, or the gateway's URL for WhatsApp media. */
public record Attachment(@Nullable String mediaId, @Nullable String url, String contentType) {

    public Attachment {
        if (mediaId == null && url == null) {
            throw new IllegalArgumentException("an attachment needs a mediaId or a url");
        }
    }
}
