package dev.concierge.enrichment.config;

import dev.concierge.enrichment.language.domain.LanguageModel;
import dev.concierge.enrichment.photo.domain.PhotoAnnotator;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Says which remote providers are active and why: once in the log at start-up and in
 * {@code /q/health} as the {@code remote-providers} check, with each active provider's circuit
 * state. Always UP: without a remote provider, or while one is down, the local pipeline answers.
 */
@Readiness
@ApplicationScoped
public class RemoteProvidersCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(RemoteProvidersCheck.class);

    private final PhotoAnnotator vision;
    private final LanguageModel llm;
    private final VisionProperties visionProperties;
    private final LlmProperties llmProperties;

    RemoteProvidersCheck(PhotoAnnotator vision, LanguageModel llm, VisionProperties visionProperties,
            LlmProperties llmProperties) {
        this.vision = vision;
        this.llm = llm;
        this.visionProperties = visionProperties;
        this.llmProperties = llmProperties;
    }

    void logProviders(@Observes StartupEvent started) {
        LOG.infof("photo text and labels: %s", visionState());
        LOG.infof("language refinement: %s", llmState());
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("remote-providers").up()
                .withData("vision", visionState())
                .withData("llm", llmState())
                .build();
    }

    private String visionState() {
        return vision.inactiveReason()
                .map(reason -> "local OCR; " + vision.provider() + " " + reason)
                .orElseGet(() -> vision.provider() + " at " + visionProperties.endpoint() + " ("
                        + visionProperties.configuration().authentication() + "), circuit " + circuit(vision.provider()));
    }

    private String llmState() {
        return llm.inactiveReason()
                .map(reason -> "local only; " + llm.provider() + " " + reason)
                .orElseGet(() -> llm.provider() + " " + llmProperties.model() + " at " + llmProperties.baseUrl()
                        + ", circuit " + circuit(llm.provider()));
    }

    private static String circuit(String name) {
        return CircuitBreakerMaintenance.get().currentState(name).name();
    }
}
