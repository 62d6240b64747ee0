package dev.concierge.projections.config;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import dev.concierge.projections.privacy.application.Erasure;
import dev.concierge.projections.privacy.application.PersonalIndexes;
import dev.concierge.projections.privacy.application.Vault;
import dev.concierge.projections.privacy.domain.AesGcm;
import dev.concierge.projections.privacy.domain.MasterKey;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.privacy.persistence.MongoDataKeys;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wires encryption at rest: the data keys live in a database of their own (never a rebuildable
 * read-model database, see {@link dev.concierge.projections.readmodel.ReadModelDatabase}), wrapped under
 * the master key from configuration; erasure reaches every read model that keeps a personal index.
 */
@ApplicationScoped
public class PrivacyWiring {

    private static final Logger LOG = Logger.getLogger(PrivacyWiring.class);

    @Produces
    @Singleton
    MongoDataKeys dataKeys(MongoClient client, @ConfigProperty(name = "concierge.privacy.keys-database") String name) {
        return new MongoDataKeys(client.getDatabase(name));
    }

    @Produces
    @Singleton
    Vault vault(MongoDataKeys keys, @ConfigProperty(name = "concierge.privacy.master-key") String masterKey,
            @ConfigProperty(name = "concierge.privacy.previous-master-keys") Optional<List<String>> previous,
            @ConfigProperty(name = "concierge.privacy.key-cache") Duration cacheFor) {
        List<MasterKey> masterKeys = new ArrayList<>();
        masterKeys.add(MasterKey.fromBase64(masterKey));
        previous.orElse(List.of()).stream().map(MasterKey::fromBase64).forEach(masterKeys::add);
        return new Vault(keys, masterKeys, new AesGcm(new SecureRandom()), Clock.systemUTC(), cacheFor);
    }

    @Produces
    @Singleton
    FieldSealer sealer(Vault vault) {
        return new FieldSealer(vault);
    }

    @Produces
    @Singleton
    Erasure erasure(Vault vault, Instance<PersonalIndexes> indexes) {
        return new Erasure(vault, indexes.stream().toList());
    }

    void declareIndexes(@Observes StartupEvent started, MongoDataKeys keys) {
        try {
            keys.declareIndexes();
        } catch (MongoException unreachable) {
            // real MongoDB uses it for erasure's update of a customer's keys; the service works without it
            LOG.warnf("data-key indexes not declared, MongoDB did not answer: %s", unreachable.getMessage());
        }
    }
}
