package dev.concierge.enrichment.config;

import dev.concierge.enrichment.language.openai.LlmConfiguration;
import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code concierge.llm.*}: the OpenAI-compatible chat API, its key and model, and its fault tolerance. */
@ConfigMapping(prefix = "concierge.llm")
public interface LlmProperties extends RemoteCallProperties {

    String baseUrl();

    Optional<String> apiKey();

    String model();

    default LlmConfiguration configuration() {
        return new LlmConfiguration(baseUrl(), apiKey(), model());
    }
}
