package dev.concierge.projections.config;

import com.mongodb.MongoException;
import dev.concierge.projections.customers.application.CustomerReading;
import dev.concierge.projections.customers.messaging.CustomerRecords;
import dev.concierge.projections.customers.persistence.MongoCustomers;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.schemas.envelope.EventCodec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Wires the customers read model on the database the read models are in now ({@link ReadModelDatabase}). */
@ApplicationScoped
public class CustomersWiring {

    private static final Logger LOG = Logger.getLogger(CustomersWiring.class);

    @Produces
    @Singleton
    CustomersProjector customersProjector(EventCodec codec, FieldSealer sealer) {
        return new CustomersProjector(codec, sealer);
    }

    @Produces
    @Singleton
    CustomerRecords liveCustomerRecords(CustomersProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    MongoCustomers mongoCustomers(ReadModelDatabase database, FieldSealer sealer, EventCodec codec) {
        return new MongoCustomers(database, sealer, codec.mapper());
    }

    @Produces
    @Singleton
    CustomerReading customerReading(MongoCustomers queries) {
        return new CustomerReading(queries);
    }

    void declareIndexes(@Observes StartupEvent started, CustomersProjector projector, ReadModelDatabase database) {
        try {
            projector.declareIndexes(database.get());
        } catch (MongoException unreachable) {
            // the service still starts (readiness says MongoDB is DOWN); queries work without the indexes
            LOG.warnf("customers indexes not declared yet, MongoDB did not answer: %s", unreachable.getMessage());
        }
    }
}
