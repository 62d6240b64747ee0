package dev.concierge.ingest.media.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.concierge.ingest.media.application.MediaStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonString;
import org.bson.Document;

/** GridFS bucket {@code media}; the file {@code _id} is the media id, metadata holds type, hash, uploaders. */
public final class GridFsMediaStore implements MediaStore {

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;

    public GridFsMediaStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "media");
        this.files = database.getCollection("media.files");
    }

    @Override
    public Optional<StoredMedia> find(String mediaId) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", mediaId)).first()).map(file -> toMedia(file, true));
    }

    @Override
    public StoredMedia saveIfAbsent(String mediaId, byte[] bytes, String contentType, String sha256, String uploaderId) {
        Optional<StoredMedia> existing = find(mediaId);
        if (existing.isEmpty()) {
            Document metadata = new Document("contentType", contentType).append("sha256", sha256)
                    .append("uploaders", List.of(uploaderId));
            try {
                bucket.uploadFromStream(new BsonString(mediaId), mediaId, new ByteArrayInputStream(bytes),
                        new GridFSUploadOptions().metadata(metadata));
                return new StoredMedia(mediaId, contentType, bytes.length, sha256, Set.of(uploaderId), false);
            } catch (MongoException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // the same image was uploaded concurrently; fall through and join its uploaders
            }
        }
        files.updateOne(Filters.eq("_id", mediaId), Updates.addToSet("metadata.uploaders", uploaderId));
        return find(mediaId).orElseThrow();
    }

    @Override
    public InputStream open(String mediaId) {
        return bucket.openDownloadStream(new BsonString(mediaId));
    }

    private static StoredMedia toMedia(GridFSFile file, boolean deduplicated) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        List<String> uploaders = metadata.getList("uploaders", String.class, List.of());
        return new StoredMedia(file.getId().asString().getValue(), metadata.getString("contentType"), file.getLength(),
                metadata.getString("sha256"), Set.copyOf(uploaders), deduplicated);
    }
}
