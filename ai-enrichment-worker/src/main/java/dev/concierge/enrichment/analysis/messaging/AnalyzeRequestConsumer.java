package dev.concierge.enrichment.analysis.messaging;

import dev.concierge.enrichment.analysis.application.AnalyzeRequestHandler;
import dev.concierge.enrichment.analysis.application.EnrichmentResultsOut;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.enrichment.EnrichmentCommand;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentFailed;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code enrichment.commands} → photos and text → {@code enrichment.results}. A record that is not a
 * valid command goes to {@code enrichment.commands.dlq} with the reason in the {@code dead-letter-*}
 * headers and the next one is processed. A valid command is always answered: with
 * {@code EnrichmentCompleted}, or {@code EnrichmentFailed} when its analysis broke or it holds nothing
 * to analyse (see {@link AnalyzeRequestHandler}); only a failed write to Kafka leaves it unanswered
 * (then it is not committed, and lands in the DLQ). Channel settings: {@code mp.messaging.incoming.enrichment-commands.*}.
 */
@ApplicationScoped
public class AnalyzeRequestConsumer {

    private static final Logger LOG = Logger.getLogger(AnalyzeRequestConsumer.class);

    private final AnalyzeRequestHandler handler;
    private final EnrichmentResultsOut out;
    private final EventCodec codec;

    AnalyzeRequestConsumer(AnalyzeRequestHandler handler, EnrichmentResultsOut out, EventCodec codec) {
        this.handler = handler;
        this.out = out;
        this.codec = codec;
    }

    @Incoming("enrichment-commands")
    @Blocking
    public void consume(Record<String, byte[]> record) {
        CloudEvent<EnrichmentCommand> command = codec.decode(record.value(), Topics.ENRICHMENT_COMMANDS);
        // AnalyzeRequest is the only command of the topic today; the sealed interface makes a new one a compile-time change here
        AnalyzeRequest analyze = (AnalyzeRequest) command.data();
        EnrichmentResult result = handler.answer(analyze);
        if (result instanceof EnrichmentFailed failed) {
            LOG.warnf("request %s, analysis %d failed (%s): %s", failed.requestId(), failed.attempt(),
                    failed.retryable() ? "retryable" : "not retryable", failed.reason());
        }
        out.publish(command.id(), result);
    }
}
