package dev.concierge.ingest.config;

import dev.concierge.ingest.auth.security.DevKeyPair;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the dev stack and in tests, creates the RS256 key pair on first start when the configured
 * key files do not exist. Production sets {@code concierge.jwt.generate-missing-keys=false} and
 * mounts its own keys.
 */
@ApplicationScoped
public class DevJwtKeys {

    private static final Logger LOG = Logger.getLogger(DevJwtKeys.class);

    void onStart(@Observes @Priority(1) StartupEvent event,
            @ConfigProperty(name = "concierge.jwt.generate-missing-keys") boolean generate,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKey) {
        if (generate && DevKeyPair.createIfMissing(Path.of(privateKey), Path.of(publicKey))) {
            LOG.infof("generated a JWT signing key pair for development: %s, %s", privateKey, publicKey);
        }
    }
}
