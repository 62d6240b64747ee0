package dev.concierge.schemas.common;

/**
 * A photo or file on a chat message: a GridFS media id for uploads, or the gateway's URL for WhatsApp
 * media. {@code contentType} is absent when the type is not known (an upload of unknown type).
 */
public record Attachment(
        @Nullable String mediaId,
        @Nullable String url,
        @Nullable @Description("The media type, e.g. image/jpeg; absent when it is not known.") String contentType) {

    public Attachment {
        if (mediaId == null && url == null) {
            throw new IllegalArgumentException("an attachment needs a mediaId or a url");
        }
    }
}
