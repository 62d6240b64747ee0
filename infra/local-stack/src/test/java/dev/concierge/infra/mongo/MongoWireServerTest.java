package dev.concierge.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev stack's MongoDB-wire server with its H2 file, driven by the real MongoDB Java driver. */
class MongoWireServerTest {

    @TempDir
    Path dataDirectory;

    private MongoWireServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = MongoWireServer.start(dataFile(), "127.0.0.1", 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void finds_inserted_documents_by_filter_in_sort_order() {
        // given
        MongoCollection<Document> requests = database().getCollection("requests");
        requests.insertMany(List.of(
                new Document("_id", "req_1").append("status", "SOURCING").append("createdAt", 3),
                new Document("_id", "req_2").append("status", "PAID").append("createdAt", 1),
                new Document("_id", "req_3").append("status", "SOURCING").append("createdAt", 2)));

        // when
        List<Document> sourcing = requests.find(Filters.eq("status", "SOURCING"))
                .sort(Sorts.ascending("createdAt"))
                .into(new ArrayList<>());

        // then
        assertThat(sourcing).extracting(document -> document.getString("_id")).containsExactly("req_3", "req_1");
    }

    @Test
    void an_upsert_inserts_the_first_time_and_updates_after_that() {
        // given
        MongoCollection<Document> counters = database().getCollection("counters");
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

        // when the same upsert runs twice
        counters.findOneAndUpdate(Filters.eq("_id", "agt_1"),
                Updates.combine(Updates.inc("openRequests", 1), Updates.setOnInsert("since", "2025-03-01")), upsert);
        Document after = counters.findOneAndUpdate(Filters.eq("_id", "agt_1"),
                Updates.combine(Updates.inc("openRequests", 1), Updates.setOnInsert("since", "2025-04-01")), upsert);

        // then one document counts both, and the insert-only field kept its first value
        assertThat(counters.countDocuments()).isEqualTo(1);
        assertThat(after.getInteger("openRequests")).isEqualTo(2);
        assertThat(after.getString("since")).isEqualTo("2025-03-01");
    }

    @Test
    void a_unique_index_rejects_a_second_document_with_the_same_key() {
        // given the projections' duplicate guard: one document per event id
        MongoCollection<Document> processed = database().getCollection("processed_events");
        processed.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        processed.insertOne(new Document("eventId", "4c1a7e0e-3f2b-4d8e-9a61-0b7d5c2e8f10"));

        // when / then
        assertThatThrownBy(() -> processed.insertOne(new Document("eventId", "4c1a7e0e-3f2b-4d8e-9a61-0b7d5c2e8f10")))
                .isInstanceOfSatisfying(MongoWriteException.class, e ->
                        assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(processed.countDocuments()).isEqualTo(1);
    }

    @Test
    void gridfs_gives_back_exactly_the_bytes_of_an_uploaded_photo() {
        // given a 1.5 MB "photo", larger than one GridFS chunk
        byte[] photo = new byte[1_500_000];
        new Random(42).nextBytes(photo);
        GridFSBucket media = GridFSBuckets.create(database(), "media");

        // when
        ObjectId id = media.uploadFromStream("shelf.jpg", new ByteArrayInputStream(photo));
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        media.downloadToStream(id, downloaded);

        // then
        assertThat(downloaded.toByteArray()).isEqualTo(photo);
    }

    @Test
    void keeps_documents_across_a_restart_on_the_same_file() {
        // given a document written before a clean stop
        database().getCollection("stores").insertOne(new Document("_id", "sto_1").append("name", "Fresh Mart"));
        client.close();
        server.close();

        // when the server starts again on the same file
        server = MongoWireServer.start(dataFile(), "127.0.0.1", 0);
        client = MongoClients.create(server.connectionString());

        // then
        Document store = database().getCollection("stores").find(Filters.eq("_id", "sto_1")).first();
        assertThat(store).isNotNull();
        assertThat(store.getString("name")).isEqualTo("Fresh Mart");
    }

    @Test
    void serves_only_on_the_address_it_was_given() {
        assertThat(server.connectionString()).matches("mongodb://127\\.0\\.0\\.1:\\d+");
        assertThat(server.file()).isEqualTo(dataFile().toAbsolutePath());
    }

    private MongoDatabase database() {
        return client.getDatabase("concierge");
    }

    private Path dataFile() {
        return dataDirectory.resolve("mongo").resolve("concierge.mv");
    }
}
