package dev.concierge.stacktests.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.enrichment.EnrichmentCommand;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.kafka.TopicWatcher;
import dev.concierge.stacktests.stack.StackTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, acceptance 5: on the dev stack, with the real AI worker and the processor, a vague request
 * goes NEEDS_INFO with the analysis's questions, the customer's answer in the chat leads to a second
 * analysis that knows what was asked and asks none of it again, and the request reaches SOURCING.
 */
@StackTest
class ClarifyingQuestionsOnTheStackTest {

    private static final String CATEGORY = "mobile-computer-accessories";

    private static RequestJourney journey;
    private static TopicWatcher<EnrichmentCommand> analyses;
    private static TopicWatcher<EnrichmentResult> results;

    @BeforeAll
    static void watchTheTopics() {
        journey = new RequestJourney();
        analyses = TopicWatcher.fromBeginning(Topics.ENRICHMENT_COMMANDS);
        results = TopicWatcher.fromBeginning(Topics.ENRICHMENT_RESULTS);
    }

    @AfterAll
    static void stopWatching() {
        for (AutoCloseable watcher : new AutoCloseable[] {journey, analyses, results}) {
            try {
                if (watcher != null) {
                    watcher.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_vague_request_asks_once_and_after_the_customers_answer_is_sourced_without_asking_again() {
        // given a store and an agent for phone accessories, and a customer who only says "charger chahiye"
        journey.storeAndAgentOnDuty(journey.api().adminToken(), CATEGORY, Unique.phone());
        String customer = journey.signedInCustomer();
        String requestId = journey.createRequest(customer, "charger chahiye");

        // then the request waits for the customer with the analysis's questions
        RequestSnapshot asking = journey.awaitState(requestId, "NEEDS_INFO with questions",
                s -> s.status() == RequestStatus.NEEDS_INFO && !s.openQuestions().isEmpty());
        List<String> asked = asking.openQuestions();

        // when the customer answers in the chat
        journey.api().sendMessage(customer, requestId, "iPhone 13 ke liye, Type-C wala, 20W");

        // then a second analysis is asked with the answer and every question asked so far
        AnalyzeRequest second = (AnalyzeRequest) analyses.await("the second AnalyzeRequest of " + requestId,
                RequestJourney.STEP, e -> e.subject().equals(requestId) && e.data() instanceof AnalyzeRequest a
                        && a.attempt() == 2).data();
        assertThat(second.answers()).containsExactly("iPhone 13 ke liye, Type-C wala, 20W");
        assertThat(second.askedQuestions()).containsAll(asked);

        // and its answer repeats no question, having read the answer
        EnrichmentCompleted understood = (EnrichmentCompleted) results.await("the second analysis of " + requestId,
                RequestJourney.STEP, e -> e.subject().equals(requestId) && e.data().attempt() == 2).data();
        assertThat(understood.category()).isEqualTo(CATEGORY);
        assertThat(understood.questions()).doesNotContainAnyElementsOf(asked);
        assertThat(understood.specs()).containsKeys("model", "connector", "wattage");

        // and the request is sourced from the store
        RequestSnapshot sourcing = journey.awaitState(requestId, "SOURCING with a store contacted",
                s -> s.status() == RequestStatus.SOURCING && !s.outreach().isEmpty());
        assertThat(sourcing.enrichment().category()).isEqualTo(CATEGORY);
    }
}
