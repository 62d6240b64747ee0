package dev.concierge.enrichment.analysis.messaging;

import dev.concierge.enrichment.analysis.application.EnrichmentResultsOut;
import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.enrichment.EnrichmentCommand;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code enrichment.commands} → photos and text → {@code enrichment.results}. A record that
 * cannot be read goes to {@code enrichment.commands.dlq} with the reason in the {@code dead-letter-*}
 * headers and the next one is processed. Channel settings: {@code mp.messaging.incoming.enrichment-commands.*}.
 */
@ApplicationScoped
public class AnalyzeRequestConsumer {

    private final RequestEnrichment enrichment;
    private final EnrichmentResultsOut out;
    private final EventCodec codec;

    AnalyzeRequestConsumer(RequestEnrichment enrichment, EnrichmentResultsOut out, EventCodec codec) {
        this.enrichment = enrichment;
        this.out = out;
        this.codec = codec;
    }

    @Incoming("enrichment-commands")
    @Blocking
    public void consume(Record<String, byte[]> record) {
        CloudEvent<EnrichmentCommand> command = codec.decode(record.value(), Topics.ENRICHMENT_COMMANDS);
        // AnalyzeRequest is the only command of the topic today; the sealed interface makes a new one a compile-time change here
        AnalyzeRequest analyze = (AnalyzeRequest) command.data();
        out.publish(command.id(), enrichment.analyse(analyze));
    }
}
