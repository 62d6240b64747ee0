package dev.concierge.projections.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The schemas codec and the MongoDB database of the read models. */
@ApplicationScoped
public class InfrastructureProducers {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    @Produces
    @Singleton
    MongoDatabase database(MongoClient client, @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return client.getDatabase(name);
    }
}
