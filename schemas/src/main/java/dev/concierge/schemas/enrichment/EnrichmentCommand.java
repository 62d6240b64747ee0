package dev.concierge.schemas.enrichment;

import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code enrichment.commands}, keyed by request id: work for the AI enrichment worker. */
public sealed interface EnrichmentCommand {

    String requestId();

    /**
     * Analyse a request's text and photos. {@code attempt} grows by one after every clarification
     * round, so a result can be matched to the question it answers; {@code answers} are the
     * customer's replies to earlier clarifying questions, oldest first. {@code askedQuestions}
     * (added later, optional on the wire, read as empty when absent) are the questions already put to
     * the customer, oldest first, so that a later round never asks one again.
     */
    @EventType("concierge.enrichment.command.analyze-request.v1")
    record AnalyzeRequest(
            String requestId,
            int attempt,
            @Nullable String text,
            List<String> mediaIds,
            @Nullable String categoryHint,
            List<String> answers,
            @Nullable List<String> askedQuestions) implements EnrichmentCommand {

        public AnalyzeRequest {
            mediaIds = Immutable.list(mediaIds);
            answers = Immutable.list(answers);
            askedQuestions = askedQuestions == null ? List.of() : Immutable.list(askedQuestions);
            if (attempt < 1) {
                throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
            }
        }

        /** The shape before {@code askedQuestions} was added. */
        public AnalyzeRequest(String requestId, int attempt, String text, List<String> mediaIds, String categoryHint,
                List<String> answers) {
            this(requestId, attempt, text, mediaIds, categoryHint, answers, null);
        }
    }
}
