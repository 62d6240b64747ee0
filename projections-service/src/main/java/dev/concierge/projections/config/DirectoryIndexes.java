package dev.concierge.projections.config;

import com.mongodb.MongoException;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/** Declares the indexes of the stores, agents and notifications read models at start-up (idempotent). */
@ApplicationScoped
public class DirectoryIndexes {

    private static final Logger LOG = Logger.getLogger(DirectoryIndexes.class);

    void declare(@Observes StartupEvent started, StoresProjector stores, AgentsProjector agents,
            NotificationsProjector notifications, ReadModelDatabase database) {
        for (Projector projector : List.<Projector>of(stores, agents, notifications)) {
            try {
                projector.declareIndexes(database.get());
            } catch (MongoException unreachable) {
                // the service still starts (readiness says MongoDB is DOWN); the indexes only speed queries up
                LOG.warnf("%s indexes not declared, MongoDB did not answer: %s",
                        projector.getClass().getSimpleName(), unreachable.getMessage());
            }
        }
    }
}
