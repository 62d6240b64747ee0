package dev.concierge.enrichment.language.domain;

import dev.concierge.enrichment.text.domain.TextAnalysis;
import java.util.List;

/** The analysis to publish, the providers that shaped it beyond the local pipeline, and why the model's answer was not used. */
public record Refinement(TextAnalysis analysis, List<String> providers, List<String> problems) {

    public Refinement {
        providers = List.copyOf(providers);
        problems = List.copyOf(problems);
    }

    static Refinement local(TextAnalysis analysis) {
        return new Refinement(analysis, List.of(), List.of());
    }

    static Refinement kept(TextAnalysis analysis, String problem) {
        return new Refinement(analysis, List.of(), List.of(problem));
    }
}
