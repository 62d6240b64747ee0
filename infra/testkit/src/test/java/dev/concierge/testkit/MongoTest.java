package dev.concierge.testkit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoTest {

    @Test
    void stores_and_finds_documents_through_the_real_mongodb_driver() {
        try (MongoClient client = MongoClients.create(TestInfra.mongoUri())) {
            // given a database no other test uses
            MongoCollection<Document> requests =
                    client.getDatabase(TestInfra.uniqueName("projections")).getCollection("requests");

            // when
            requests.insertMany(List.of(
                    new Document("_id", "req-1").append("status", "SOURCING"),
                    new Document("_id", "req-2").append("status", "PAID"),
                    new Document("_id", "req-3").append("status", "SOURCING")));

            // then
            List<String> sourcing = requests.find(eq("status", "SOURCING")).map(doc -> doc.getString("_id"))
                    .into(new ArrayList<>());
            assertThat(sourcing).containsExactlyInAnyOrder("req-1", "req-3");
        }
    }

    @Test
    void starts_each_unique_database_empty() {
        try (MongoClient client = MongoClients.create(TestInfra.mongoUri())) {
            // when
            long count = client.getDatabase(TestInfra.uniqueName("projections"))
                    .getCollection("requests").countDocuments();

            // then
            assertThat(count).isZero();
        }
    }
}
