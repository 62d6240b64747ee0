package dev.concierge.enrichment.language.openai;

import java.util.Optional;

/**
 * An OpenAI-compatible chat completions API: {@code baseUrl} is the server root (requests go to
 * {@code {baseUrl}/v1/chat/completions}), the bearer key and the model name. Without a key there is no LLM.
 */
public record LlmConfiguration(String baseUrl, Optional<String> apiKey, String model) {

    public LlmConfiguration {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        apiKey = apiKey.filter(key -> !key.isBlank());
    }

    public Optional<String> inactiveReason() {
        return apiKey.isPresent() ? Optional.empty() : Optional.of("not configured (LLM_API_KEY unset)");
    }
}
