package dev.concierge.requests.lifecycle;

import dev.concierge.requests.sourcing.Sourcing;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand.CreateRequest;
import dev.concierge.schemas.requests.RequestEvent.ClarificationRequested;
import dev.concierge.schemas.requests.RequestEvent.EnrichmentRequested;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import dev.concierge.schemas.requests.RequestEvent.RequestEnriched;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creation, AI enrichment and the question-and-answer loop with the customer. */
final class Intake {

    /** Used when enrichment failed and the customer gave no hint: the agent categorises by hand. */
    static final String UNCATEGORISED = "uncategorised";

    private final Sourcing sourcing;

    Intake(Sourcing sourcing) {
        this.sourcing = sourcing;
    }

    Decision create(Input.Command input, Changes changes) {
        CreateRequest c = (CreateRequest) input.command();
        changes.fact(new RequestCreated(c.requestId(), c.customerId(), c.text(), c.mediaIds(), c.deliveryAddress(),
                        c.categoryHint()))
                .notifyCustomer("request.received", Map.of("requestId", c.requestId()))
                .fact(new EnrichmentRequested(c.requestId(), 1))
                .send(new Outbound.Analyze(c.requestId(), 1, c.text(), c.mediaIds(), c.categoryHint(), List.of(), List.of()));
        return changes.accept();
    }

    Decision enrichmentCompleted(Input.EnrichmentCompleted result, Changes changes) {
        String requestId = changes.requestId();
        if (result.attempt() != currentAttempt(changes.state().snapshot())) {
            return stale(result.attempt(), changes);
        }
        if (!result.questions().isEmpty()) {
            String asked = String.join("\n", result.questions());
            changes.fact(new ClarificationRequested(requestId, result.questions(), result.category(), result.summary(),
                            result.specs(), result.details()))
                    .send(new Outbound.PostChat(requestId, changes.derivedId("chat", 0), Author.BOT, "concierge-bot",
                            asked, changes.now()))
                    .notifyCustomer("request.needs-info", Map.of("questions", asked));
            return changes.accept();
        }
        changes.fact(new RequestEnriched(requestId, result.category(), result.summary(), result.specs(),
                result.priceHint(), false, result.details()));
        sourcing.startOutreach(changes, 1);
        return changes.accept();
    }

    /** Never leaves the request stuck: it goes to sourcing flagged for the agent. */
    Decision enrichmentFailed(Input.EnrichmentFailed failure, Changes changes) {
        if (failure.attempt() != currentAttempt(changes.state().snapshot())) {
            return stale(failure.attempt(), changes);
        }
        return withoutAnalysis("automatic analysis failed: " + failure.reason(), changes);
    }

    /** No answer from the analysis in time (no AI worker running, a lost result): as if it had failed. */
    Decision enrichmentTimedOut(Changes changes) {
        return withoutAnalysis("automatic analysis failed: no result within the enrichment limit", changes);
    }

    /** Open questions unanswered for a while: ask once more, on the customer's channels. */
    Decision remindCustomer(Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        changes.note(state -> state.withBreached(Deadline.INFO_REMINDER))
                .notifyCustomer("request.needs-info-reminder", Map.of("requestId", s.requestId(),
                        "questions", String.join("\n", s.openQuestions())));
        return changes.accept();
    }

    /** Still no answer: the agent takes it from here, with what the customer said so far. */
    Decision customerSilent(Changes changes) {
        return withoutAnalysis("the customer did not answer the open questions; over to the agent", changes);
    }

    /** Sourcing flagged for the agent; stores are contacted only when the customer gave a category hint. */
    private Decision withoutAnalysis(String summary, Changes changes) {
        String hint = changes.state().snapshot().categoryHint();
        changes.fact(new RequestEnriched(changes.requestId(), hint == null ? UNCATEGORISED : hint, summary, Map.of(),
                null, true));
        if (hint != null) {
            sourcing.startOutreach(changes, 1);
        }
        return changes.accept();
    }

    /** The customer answered open questions: analyse again with everything said so far. */
    Decision customerMessage(Input.CustomerMessage message, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        List<String> answers = new ArrayList<>(changes.state().answers());
        answers.add(message.text());
        // the questions this message answers join those of earlier rounds: the analysis asks none of them again
        List<String> asked = new ArrayList<>(changes.state().askedQuestions());
        asked.addAll(s.openQuestions());
        int attempt = currentAttempt(s);
        changes.note(state -> state.withAnswers(answers, asked))
                .fact(new EnrichmentRequested(s.requestId(), attempt))
                .send(new Outbound.Analyze(s.requestId(), attempt, s.text(), s.mediaIds(), s.categoryHint(), answers,
                        asked));
        return changes.accept();
    }

    /**
     * The number of the analysis running now (or, while questions are open, the one to run next):
     * analysis 1 starts on creation and each round of questions adds one.
     */
    static int currentAttempt(RequestSnapshot s) {
        return 1 + (int) s.transitions().stream().filter(t -> t.status() == RequestStatus.NEEDS_INFO).count();
    }

    private static Decision stale(int attempt, Changes changes) {
        return new Decision.Ignored("analysis " + attempt + " was superseded by analysis "
                + currentAttempt(changes.state().snapshot()));
    }
}
