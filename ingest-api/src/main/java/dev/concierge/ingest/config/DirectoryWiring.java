package dev.concierge.ingest.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.auth.application.CustomerAccounts;
import dev.concierge.ingest.auth.application.PasswordReset;
import dev.concierge.ingest.auth.application.StaffAccountEvents;
import dev.concierge.ingest.auth.application.StaffAccounts;
import dev.concierge.ingest.directory.application.AgentDirectory;
import dev.concierge.ingest.directory.application.CustomerDevices;
import dev.concierge.ingest.directory.application.CustomerProfiles;
import dev.concierge.ingest.directory.application.StoreDirectory;
import dev.concierge.ingest.directory.application.StoreRegistry;
import dev.concierge.ingest.directory.persistence.MongoStoreRegistry;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Stores, agents and customer profiles.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class DirectoryWiring {

    @Produces
    @Singleton
    StoreRegistry storeRegistry(MongoDatabase database) {
        return new MongoStoreRegistry(database);
    }

    @Produces
    @Singleton
    StoreDirectory storeDirectory(EventPublisher events, StoreRegistry stores, IdGenerator ids) {
        return new StoreDirectory(events, stores, ids);
    }

    @Produces
    @Singleton
    AgentDirectory agentDirectory(EventPublisher events, StaffAccounts staff, StaffAccountEvents staffEvents,
            PasswordReset invitations, IdGenerator ids) {
        return new AgentDirectory(events, staff, staffEvents, invitations, ids);
    }

    @Produces
    @Singleton
    CustomerProfiles customerProfiles(EventPublisher events, CustomerAccounts customers, IdGenerator ids) {
        return new CustomerProfiles(events, customers, ids);
    }

    @Produces
    @Singleton
    CustomerDevices customerDevices(EventPublisher events) {
        return new CustomerDevices(events);
    }
}
