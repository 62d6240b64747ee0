package dev.concierge.schemas.enrichment;

import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;
import java.util.Map;

/** Values of {@code enrichment.results}, keyed by request id: what the AI worker made of a request. */
public sealed interface EnrichmentResult {

    String requestId();

    int attempt();

    /**
     * The request was understood. Non-empty {@code questions} mean something is still missing and
     * the customer must be asked; {@code provider} names the model or local default that answered.
     */
    @EventType("concierge.enrichment.completed.v1")
    record EnrichmentCompleted(
            String requestId,
            int attempt,
            String category,
            @Nullable String summary,
            Map<String, String> specs,
            List<String> questions,
            @Nullable Money priceHint,
            double confidence,
            String provider) implements EnrichmentResult {

        public EnrichmentCompleted {
            specs = Immutable.map(specs);
            questions = Immutable.list(questions);
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
            }
        }
    }

    /** Analysis gave up; {@code retryable} says whether trying again later may succeed. */
    @EventType("concierge.enrichment.failed.v1")
    record EnrichmentFailed(String requestId, int attempt, String reason, boolean retryable)
            implements EnrichmentResult {
    }
}
