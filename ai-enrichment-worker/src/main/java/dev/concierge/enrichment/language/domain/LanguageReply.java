package dev.concierge.enrichment.language.domain;

/** What the language model answered: a proposal in the expected shape, or why there is none. */
public sealed interface LanguageReply {

    record Proposed(Proposal proposal) implements LanguageReply {
    }

    /** The reason starts with the provider, e.g. "llm: timed out after 8 s" or "llm: invalid output (not JSON)". */
    record Failed(String reason) implements LanguageReply {
    }
}
