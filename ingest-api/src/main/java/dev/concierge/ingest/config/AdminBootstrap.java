package dev.concierge.ingest.config;

import dev.concierge.ingest.auth.application.FirstAdmin;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the first admin from configuration, once; without a configured password there is none. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent event, FirstAdmin firstAdmin,
            @ConfigProperty(name = "concierge.admin.email") String email,
            @ConfigProperty(name = "concierge.admin.password") Optional<String> password) {
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warn("CONCIERGE_ADMIN_PASSWORD is not set: no first admin is created");
            return;
        }
        if (firstAdmin.ensure(email, password.get())) {
            LOG.infof("created the first admin %s (published on staff.events)", email);
        }
    }
}
