package dev.concierge.enrichment.remote;

import dev.concierge.enrichment.language.LlmFake;
import dev.concierge.enrichment.photo.vision.VisionFake;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The worker with both remote providers configured, pointed at local fakes ({@link VisionFake} over
 * gRPC, {@link LlmFake} over HTTP) with short timeouts so that the fallback tests stay quick. Tests
 * read the fakes' control URLs from {@link #VISION_CONTROL} and {@link #LLM_CONTROL}.
 */
public class RemoteProvidersProfile implements QuarkusTestProfile {

    public static final String VISION_CONTROL = "test.vision-fake.control";
    public static final String LLM_CONTROL = "test.llm-fake.control";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("concierge.vision.timeout", "1500ms", "concierge.vision.retry-delay", "20ms",
                "concierge.vision.circuit-delay", "60s", "concierge.llm.timeout", "1500ms",
                "concierge.llm.retry-delay", "20ms", "concierge.llm.model", LlmFake.MODEL);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Fakes.class));
    }

    /** Starts both fakes for the life of the application under test. */
    public static class Fakes implements QuarkusTestResourceLifecycleManager {

        private VisionFake vision;
        private LlmFake llm;

        @Override
        public Map<String, String> start() {
            try {
                vision = new VisionFake();
                llm = new LlmFake();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("concierge.vision.endpoint", vision.endpoint(), "concierge.vision.plaintext", "true",
                    VISION_CONTROL, vision.controlUrl(), "concierge.llm.base-url", llm.baseUrl(),
                    "concierge.llm.api-key", LlmFake.API_KEY, LLM_CONTROL, llm.baseUrl());
        }

        @Override
        public void stop() {
            try {
                if (vision != null) {
                    vision.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (llm != null) {
                llm.close();
            }
        }
    }
}
