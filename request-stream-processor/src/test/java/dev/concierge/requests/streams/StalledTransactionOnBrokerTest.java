package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.testkit.TestInfra;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.LogAndFailExceptionHandler;
import org.apache.kafka.streams.errors.LogAndFailProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's stall: the stream thread freezes with a transaction open longer than {@code
 * transaction.timeout.ms}, the broker aborts the transaction, and the commit after the thaw fails
 * ({@link StalledCommits}). Whichever way the failure surfaces, the client must be RUNNING again, the
 * aborted work done again and seen once by a read_committed consumer, and later commands processed.
 *
 * <p>The broker is one of the class's own ({@link PrivateBroker}): transaction version 2, as a 4.x
 * cluster formatted with its defaults runs (the benchmark's did; the shared test broker runs 0, where
 * both stalls below end in a fenced producer), checking for timed-out transactions every 500 ms, so a
 * stall lasts about 2.5 s instead of up to 12 s.
 */
class StalledTransactionOnBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int TRANSACTION_TIMEOUT_MS = 2_000;
    private static final int ABORT_CHECK_MS = 500;

    private static PrivateBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = PrivateBroker.start((short) 2, ABORT_CHECK_MS);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void a_commit_refused_after_the_stall_as_in_the_benchmark_costs_a_thread_which_is_replaced() throws Exception {
        // when the thread stalls past the transaction timeout between adding its offsets and committing
        Outcome outcome = stallPastTheTransactionTimeout(StalledCommits.Moment.BEFORE_COMMIT);

        // then the broker refused the commit as the benchmark's did, Kafka Streams gave up the thread,
        // and the handler replaced it, once
        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.failures().get(0)).isInstanceOf(StreamsException.class)
                .hasMessageContaining("Error encountered trying to commit a transaction")
                .hasCauseInstanceOf(InvalidTxnStateException.class);
        assertThat(outcome.answers()).containsExactly(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(outcome.replaced()).isEqualTo(1);
        assertThat(outcome.threadsAfter()).hasSize(1).doesNotContain(outcome.threadBefore());
    }

    @Test
    void a_producer_fenced_after_the_stall_is_recovered_by_kafka_streams_itself() throws Exception {
        // when the thread stalls past the transaction timeout before adding its offsets to the transaction
        Outcome outcome = stallPastTheTransactionTimeout(StalledCommits.Moment.BEFORE_OFFSETS);

        // then the broker fenced the producer, which Kafka Streams handles as a task migration: the same
        // thread closed its tasks and rejoined, and the uncaught exception handler was never asked
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.replaced()).isZero();
        assertThat(outcome.threadsAfter()).containsExactly(outcome.threadBefore());
    }

    record Outcome(List<Throwable> failures, List<StreamThreadExceptionResponse> answers, int replaced,
            String threadBefore, List<String> threadsAfter) {
    }

    /**
     * Creates a request with the commit of its transaction stalled until the broker aborted it, then
     * cancels it, and checks what must hold whichever way the failure surfaces.
     */
    private static Outcome stallPastTheTransactionTimeout(StalledCommits.Moment moment) throws Exception {
        // given the processor with the service's thread replacement and a 2 s transaction timeout
        String bootstrap = broker.bootstrapServers();
        RequestTopics topics = BrokerStreams.createdTopics(TestInfra.uniqueName("rsp-stall") + ".", bootstrap);
        StalledCommits stall = new StalledCommits(bootstrap, topics.events().name());
        AtomicInteger replaced = new AtomicInteger();
        ReplaceFailedThreads replacement = new ReplaceFailedThreads(
                new ThreadReplacementBudget(5, Duration.ofMinutes(10), Clock.systemUTC()), replaced::incrementAndGet);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<StreamThreadExceptionResponse> answers = new CopyOnWriteArrayList<>();
        KafkaStreams streams = BrokerStreams.start(topics, bootstrap, TestInfra.uniqueName("rsp-stall-app"),
                settings(), stall, failure -> {
                    failures.add(failure);
                    StreamThreadExceptionResponse answer = replacement.handle(failure);
                    answers.add(answer);
                    return answer;
                });
        String threadBefore = threadNames(streams).get(0);
        String request = TestInfra.uniqueName("req");
        try (TopicClient client = new TopicClient(bootstrap, List.of(topics.events().name()))) {

            // when the thread stalls before committing the transaction that holds the request's creation
            stall.armOnce(moment);
            client.send(topics.commands(), request, Fixtures.create(request));

            // then the broker aborted that transaction while the thread stood still
            assertThat(stall.awaitReleased(PATIENCE)).as("the transaction on the broker after the stall")
                    .isIn(TransactionState.PREPARE_ABORT, TransactionState.COMPLETE_ABORT);

            // and the client runs again and did the aborted work again
            TopicClient.await("the request's creation", PATIENCE, () -> client.data(topics.events(), request)
                    .stream().filter(RequestEvent.RequestCreated.class::isInstance).findFirst());
            TopicClient.await("the client to be RUNNING", PATIENCE,
                    () -> Optional.of(streams.state()).filter(KafkaStreams.State.RUNNING::equals));

            // and a later command is processed too
            client.send(topics.commands(), request,
                    new RequestCommand.CancelRequest(request, "ordered twice", Journey.CUSTOMER));
            TopicClient.await("the cancellation", PATIENCE, () -> client.data(topics.events(), request)
                    .stream().filter(RequestEvent.Cancelled.class::isInstance).findFirst());

            // and a read_committed reader saw each fact once: nothing of the aborted transaction, nothing twice
            List<Object> facts = client.data(topics.events(), request);
            assertThat(facts).filteredOn(RequestEvent.RequestCreated.class::isInstance).hasSize(1);
            assertThat(facts).filteredOn(RequestEvent.Cancelled.class::isInstance).hasSize(1);
            assertThat(client.records(topics.events().name()).stream().filter(r -> request.equals(r.key()))
                    .map(r -> EventCodec.standard().decode(r.value(), topics.events()).id()).toList())
                    .as("event ids of the request's facts").doesNotHaveDuplicates();
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            return new Outcome(List.copyOf(failures), List.copyOf(answers), replaced.get(), threadBefore,
                    threadNames(streams));
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), TRANSACTION_TIMEOUT_MS);
        // Kafka's own handlers instead of the dead-letter ones: no record here is poison, and the dead-letter
        // handlers' producers are kept per broker for the JVM's life (DeadLetterRouting), longer than this broker
        settings.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndFailProcessingExceptionHandler.class);
        settings.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);
        settings.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndFailExceptionHandler.class);
        return settings;
    }

    private static List<String> threadNames(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream().map(ThreadMetadata::threadName).toList();
    }
}
