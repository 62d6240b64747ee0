package dev.concierge.notifications.channels.email;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import dev.concierge.schemas.common.Attachment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.bson.BsonString;
import org.bson.Document;

/**
 * The bytes of an email's attachments: an upload is read from ingest-api's GridFS bucket
 * {@value #BUCKET} through the MongoDB driver (a read-only use of its database); a URL is downloaded.
 */
public final class AttachmentFiles {

    static final String BUCKET = "media";
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(10);

    /** One file ready to attach. */
    public record File(String name, byte[] bytes, String contentType) {
    }

    private final GridFSBucket media;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(DOWNLOAD_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public AttachmentFiles(MongoDatabase mediaDatabase) {
        this.media = GridFSBuckets.create(mediaDatabase, BUCKET);
    }

    public File read(Attachment attachment) {
        return attachment.mediaId() != null ? fromGridFs(attachment) : download(attachment);
    }

    private File fromGridFs(Attachment attachment) {
        GridFSFile file = media.find(Filters.eq("_id", attachment.mediaId())).first();
        if (file == null) {
            throw new ProviderRejectedException("attachment-not-found: " + attachment.mediaId());
        }
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        String contentType = attachment.contentType() != null ? attachment.contentType()
                : metadata.getString("contentType") != null ? metadata.getString("contentType")
                : "application/octet-stream";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        media.downloadToStream(new BsonString(attachment.mediaId()), bytes);
        return new File(attachment.mediaId() + extension(contentType), bytes.toByteArray(), contentType);
    }

    private File download(Attachment attachment) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(attachment.url())).timeout(DOWNLOAD_TIMEOUT).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 500) {
                throw new ProviderUnavailableException("attachment-unavailable: " + response.statusCode(), null);
            }
            if (response.statusCode() >= 300) {
                throw new ProviderRejectedException("attachment-not-found: " + response.statusCode());
            }
            String contentType = attachment.contentType() != null ? attachment.contentType()
                    : response.headers().firstValue("Content-Type").orElse("application/octet-stream");
            return new File(fileName(attachment.url()), response.body(), contentType);
        } catch (IOException e) {
            throw new ProviderUnavailableException("attachment-unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("attachment-download-interrupted", e);
        }
    }

    private static String fileName(String url) {
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "attachment" : last;
    }

    private static String extension(String contentType) {
        int slash = contentType.indexOf('/');
        String subtype = slash < 0 ? "" : contentType.substring(slash + 1).split("[;+]")[0].trim();
        return subtype.isEmpty() || subtype.equals("octet-stream") ? "" : "." + subtype;
    }
}
