package dev.concierge.projections.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.concierge.projections.readmodel.PermanentDatabase;
import dev.concierge.projections.rebuild.persistence.GenerationPointer;
import dev.concierge.projections.support.ClosedPort;
import dev.concierge.testkit.TestInfra;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At start-up the service works on the generation the last rebuild persisted (on the Mongo-wire server). */
class StartUpGenerationTest {

    private final InfrastructureProducers producers = new InfrastructureProducers();
    private final String base = TestInfra.uniqueName("startup").replace('-', '_');

    @Test
    void the_service_starts_on_the_configured_database_before_any_rebuild_and_on_the_persisted_generation_after_one() {
        try (MongoClient client = MongoClients.create(TestInfra.mongoUri())) {
            GenerationPointer pointer = pointer(client);
            assertThat(producers.readModelDatabase(client, pointer).get().getName()).isEqualTo(base);

            pointer.set(3, "rbd_earlier");

            assertThat(producers.readModelDatabase(client, pointer).get().getName()).isEqualTo(base + "_g3");
            assertThat(producers.permanentDatabase(client, base).get().getName()).isEqualTo(base + "_permanent");
        }
    }

    @Test
    void without_mongodb_the_service_still_starts_on_the_configured_database() {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + ClosedPort.number()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(300, TimeUnit.MILLISECONDS)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            assertThat(producers.readModelDatabase(client, pointer(client)).get().getName()).isEqualTo(base);
        }
    }

    private GenerationPointer pointer(MongoClient client) {
        PermanentDatabase permanent = producers.permanentDatabase(client, base);
        return producers.generationPointer(permanent, base);
    }
}
