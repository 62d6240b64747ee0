package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ReplaceFailedThreadsTest {

    /** What the client logged when a 25 s stall made the broker abort its transaction. */
    private static final StreamsException ABORTED_COMMIT = new StreamsException(
            "Error encountered trying to commit a transaction", new InvalidTxnStateException(
                    "The producer attempted a transactional operation in an invalid state."));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:50:00Z"));
    private final AtomicInteger replaced = new AtomicInteger();
    private final ReplaceFailedThreads handler = new ReplaceFailedThreads(
            new ThreadReplacementBudget(2, Duration.ofMinutes(10), clock), replaced::incrementAndGet);

    @Test
    void a_dead_stream_thread_is_replaced_and_counted_until_the_budget_is_spent_then_the_client_stops()
            throws Exception {
        assertThat(onThread("app-1234-StreamThread-1", ABORTED_COMMIT))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(1));
        assertThat(onThread("app-1234-StreamThread-2", ABORTED_COMMIT))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(1));

        assertThat(onThread("app-1234-StreamThread-3", ABORTED_COMMIT))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(replaced).hasValue(2);
    }

    @Test
    void the_global_thread_cannot_be_replaced_so_its_failure_stops_the_client_without_spending_the_budget()
            throws Exception {
        assertThat(onThread("app-1234-GlobalStreamThread", new StreamsException("global store update failed")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(replaced).hasValue(0);
        assertThat(onThread("app-1234-StreamThread-1", ABORTED_COMMIT))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void a_missing_source_topic_stops_the_client_without_spending_the_budget() throws Exception {
        assertThat(onThread("app-1234-StreamThread-1", new MissingSourceTopicException("requests.commands is gone")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(replaced).hasValue(0);
    }

    /** Kafka Streams calls the handler on the thread that died. */
    private StreamThreadExceptionResponse onThread(String name, Throwable failure) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
        try {
            Callable<StreamThreadExceptionResponse> handle = () -> handler.handle(failure);
            return thread.submit(handle).get();
        } finally {
            thread.shutdownNow();
        }
    }
}
