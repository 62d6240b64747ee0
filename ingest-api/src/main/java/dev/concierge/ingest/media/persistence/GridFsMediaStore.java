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

/**
 * GridFS bucket {@code media}; the file {@code _id} is the media id, metadata holds type, hash, uploaders
 * and the customers it was shared with ({@code viewers}). Variants are files {@code <media id>.<variant>}
 * whose metadata names the original ({@code of}), the variant and its pixel size. GridFS writes chunks
 * under a unique (files_id, n) index, so a second upload of an existing id fails on its first chunk with
 * a duplicate key and leaves the stored file as it was.
 */
public final class GridFsMediaStore implements MediaStore {

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;

    public GridFsMediaStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "media");
        this.files = database.getCollection("media.files");
    }

    @Override
    public Optional<StoredMedia> find(String mediaId) {
        return file(mediaId).map(file -> toMedia(file, true));
    }

    @Override
    public StoredMedia saveIfAbsent(String mediaId, byte[] bytes, String contentType, String sha256, String uploaderId) {
        Optional<StoredMedia> existing = find(mediaId);
        if (existing.isEmpty()) {
            Document metadata = new Document("contentType", contentType).append("sha256", sha256)
                    .append("uploaders", List.of(uploaderId));
            if (uploadIfAbsent(mediaId, bytes, metadata)) {
                return new StoredMedia(mediaId, contentType, bytes.length, sha256, Set.of(uploaderId), false, Set.of());
            }
            // the same image was uploaded concurrently; fall through and join its uploaders
        }
        files.updateOne(Filters.eq("_id", mediaId), Updates.addToSet("metadata.uploaders", uploaderId));
        return find(mediaId).orElseThrow();
    }

    @Override
    public InputStream open(String mediaId) {
        return bucket.openDownloadStream(new BsonString(mediaId));
    }

    @Override
    public void shareWith(String mediaId, String customerId) {
        files.updateOne(Filters.eq("_id", mediaId), Updates.addToSet("metadata.viewers", customerId));
    }

    @Override
    public boolean saveVariantIfAbsent(String mediaId, String variant, Resized resized, String sha256) {
        String fileId = MediaStore.variantId(mediaId, variant);
        if (file(fileId).isPresent()) {
            return false;
        }
        Document metadata = new Document("contentType", resized.contentType()).append("sha256", sha256)
                .append("of", mediaId).append("variant", variant)
                .append("width", resized.width()).append("height", resized.height());
        return uploadIfAbsent(fileId, resized.bytes(), metadata);
    }

    @Override
    public Optional<StoredVariant> findVariant(String mediaId, String variant) {
        return file(MediaStore.variantId(mediaId, variant)).map(file -> {
            Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
            return new StoredVariant(file.getId().asString().getValue(), variant, metadata.getString("contentType"),
                    file.getLength(), metadata.getString("sha256"), metadata.getInteger("width", 0),
                    metadata.getInteger("height", 0));
        });
    }

    private Optional<GridFSFile> file(String fileId) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", fileId)).first());
    }

    /** False when a file with this id exists already (a concurrent writer won). */
    private boolean uploadIfAbsent(String fileId, byte[] bytes, Document metadata) {
        try {
            bucket.uploadFromStream(new BsonString(fileId), fileId, new ByteArrayInputStream(bytes),
                    new GridFSUploadOptions().metadata(metadata));
            return true;
        } catch (MongoException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private static StoredMedia toMedia(GridFSFile file, boolean deduplicated) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        List<String> uploaders = metadata.getList("uploaders", String.class, List.of());
        List<String> viewers = metadata.getList("viewers", String.class, List.of());
        return new StoredMedia(file.getId().asString().getValue(), metadata.getString("contentType"), file.getLength(),
                metadata.getString("sha256"), Set.copyOf(uploaders), deduplicated, Set.copyOf(viewers));
    }
}
