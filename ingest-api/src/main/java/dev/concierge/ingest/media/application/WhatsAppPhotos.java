package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.application.MediaStore.StoredMedia;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.schemas.common.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A customer's WhatsApp photos arrive as URLs at Twilio. Each is copied into the media library as if
 * the customer had uploaded it from the app, so the AI, the agent and the customer's own app read it
 * the same way as any upload (by media id, with the same type, size and decoding checks). A photo
 * that cannot be copied is kept as its URL alone, with the reason reported, so the message is never
 * lost because of its attachment.
 */
public final class WhatsAppPhotos {

    private final RemoteImages remote;
    private final MediaLibrary library;
    private final BiConsumer<String, String> whenNotCopied;

    /** {@code whenNotCopied} receives the URL and the reason (for the log). */
    public WhatsAppPhotos(RemoteImages remote, MediaLibrary library, BiConsumer<String, String> whenNotCopied) {
        this.remote = remote;
        this.library = library;
        this.whenNotCopied = whenNotCopied;
    }

    public List<Attachment> copy(Caller customer, List<Attachment> fromTwilio) {
        List<Attachment> copied = new ArrayList<>(fromTwilio.size());
        for (Attachment attachment : fromTwilio) {
            copied.add(copy(customer, attachment));
        }
        return copied;
    }

    private Attachment copy(Caller customer, Attachment attachment) {
        try {
            byte[] bytes = remote.download(attachment.url(), MediaLibrary.MAX_BYTES);
            StoredMedia stored = library.upload(customer, bytes);
            return new Attachment(stored.mediaId(), attachment.url(), stored.contentType());
        } catch (RuntimeException notCopied) {
            // the library's own refusals (not an image, damaged, too large) and download failures alike
            whenNotCopied.accept(attachment.url(), notCopied.getMessage());
            return attachment;
        }
    }
}
