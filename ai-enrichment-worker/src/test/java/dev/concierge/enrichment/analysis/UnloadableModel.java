package dev.concierge.enrichment.analysis;

import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The worker as it ran when its packaged model runtime could not load its classes (the embedding
 * model's DJL could not see slf4j): building the enrichment fails with the same error, on every try.
 * Only this fault is injected; the broker, the consumer and the result writer are the real ones.
 */
@Alternative
@ApplicationScoped
public class UnloadableModel {

    static final String ERROR = "org/slf4j/LoggerFactory";

    @Produces
    @Singleton
    RequestEnrichment requestEnrichment() {
        throw new NoClassDefFoundError(ERROR);
    }

    /** Selects {@link UnloadableModel} for a {@code @QuarkusTest}. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(UnloadableModel.class);
        }
    }
}
