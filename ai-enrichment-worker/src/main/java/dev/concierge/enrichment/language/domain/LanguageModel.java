package dev.concierge.enrichment.language.domain;

import java.util.Optional;

/** A remote language model that proposes a refinement of the local analysis. Inactive without configuration. */
public interface LanguageModel {

    /** The name in {@code providers}, e.g. "llm". */
    String provider();

    /** Empty when the model is configured; otherwise why the local analysis stands alone. */
    Optional<String> inactiveReason();

    /** Never throws: a timeout, an error, an open circuit or unreadable output is a {@link LanguageReply.Failed}. */
    LanguageReply propose(RefinementRequest request);

    static LanguageModel inactive(String provider, String reason) {
        return new LanguageModel() {
            @Override
            public String provider() {
                return provider;
            }

            @Override
            public Optional<String> inactiveReason() {
                return Optional.of(reason);
            }

            @Override
            public LanguageReply propose(RefinementRequest request) {
                return new LanguageReply.Failed(provider + ": " + reason);
            }
        };
    }
}
