package dev.concierge.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoQueryException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins what the MongoDB-wire server cannot do, so that no code starts relying on it unnoticed.
 * infra/README.md lists the same limits under "MongoDB features we must not rely on". If one of these
 * starts passing after an upgrade, update both.
 */
class MongoWireServerLimitsTest {

    @TempDir
    Path dataDirectory;

    private MongoWireServer server;
    private MongoClient client;
    private MongoCollection<Document> requests;

    @BeforeEach
    void start() {
        server = MongoWireServer.start(dataDirectory.resolve("concierge.mv"), "127.0.0.1", 0);
        client = MongoClients.create(server.connectionString());
        requests = client.getDatabase("concierge").getCollection("requests");
        requests.insertOne(new Document("_id", "req_1").append("text", "amul taaza milk 1 litre"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void multi_document_transactions_fail_because_the_server_has_no_sessions() {
        assertThatThrownBy(() -> {
            try (ClientSession session = client.startSession()) {
                session.startTransaction();
                requests.insertOne(session, new Document("_id", "req_2"));
                session.commitTransaction();
            }
        }).isInstanceOf(MongoClientException.class).hasMessageContaining("doesn't support sessions");
        assertThat(requests.countDocuments(Filters.eq("_id", "req_2"))).isZero();
    }

    @Test
    void text_search_fails_even_though_a_text_index_is_accepted() {
        // the index is listed but ignored; the query operator is unknown
        requests.createIndex(Indexes.text("text"));

        assertThatThrownBy(() -> requests.find(Filters.text("milk")).first())
                .isInstanceOf(MongoQueryException.class)
                .hasMessageContaining("unknown operator: $search");
    }

    @Test
    void change_streams_fail_because_there_is_no_oplog() {
        assertThatThrownBy(() -> requests.watch().iterator().close()).isInstanceOf(MongoCommandException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{$setWindowFields: {sortBy: {_id: 1}, output: {rank: {$documentNumber: {}}}}}",
        "{$unionWith: 'requests'}",
        "{$densify: {field: 'n', range: {step: 1, bounds: 'full'}}}",
        "{$search: {text: {query: 'milk', path: 'text'}}}"})
    void newer_aggregation_stages_are_unknown(String stage) {
        assertThatThrownBy(() -> requests.aggregate(List.of(Document.parse(stage))).first())
                .isInstanceOf(MongoCommandException.class)
                .hasMessageContaining("Unrecognized pipeline stage name");
    }
}
