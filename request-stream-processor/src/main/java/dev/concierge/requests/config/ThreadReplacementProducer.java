package dev.concierge.requests.config;

import dev.concierge.requests.streams.ReplaceFailedThreads;
import dev.concierge.requests.streams.ThreadReplacementBudget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * Hands the Quarkus Kafka Streams extension its uncaught exception handler: the extension installs a
 * {@link StreamsUncaughtExceptionHandler} bean, if there is one, before it starts the client.
 */
@ApplicationScoped
public class ThreadReplacementProducer {

    /**
     * Not normal-scoped: the extension looks the handler up at startup, so a singleton registers the
     * counter then, and {@code concierge_streams_threads_replaced_total} reads 0 before the first failure.
     */
    @Produces
    @Singleton
    StreamsUncaughtExceptionHandler threadReplacement(ThreadReplacementConfig config, MeterRegistry registry) {
        Counter replaced = Counter.builder("concierge.streams.threads.replaced")
                .description("Stream threads that died and were replaced (README, \"Failures\")")
                .register(registry);
        return new ReplaceFailedThreads(new ThreadReplacementBudget(config.max(), config.window(), Clock.systemUTC()),
                replaced::increment);
    }
}
