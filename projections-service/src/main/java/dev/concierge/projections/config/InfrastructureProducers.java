package dev.concierge.projections.config;

import com.mongodb.client.MongoClient;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The schemas codec and where the read models are. */
@ApplicationScoped
public class InfrastructureProducers {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    /** The read models' database now; a rebuild switches it to the fresh one it filled. */
    @Produces
    @Singleton
    ReadModelDatabase readModelDatabase(MongoClient client,
            @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return new ReadModelDatabase(client.getDatabase(name));
    }
}
