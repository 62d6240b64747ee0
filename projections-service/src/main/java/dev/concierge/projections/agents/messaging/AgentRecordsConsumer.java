package dev.concierge.projections.agents.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumers of the agents read model, one channel (and consumer group) per topic, handing their
 * records to {@link AgentRecords}. A record is committed after its method returned; an undecodable one goes
 * to its topic's {@code .dlq} with the reason.
 */
@ApplicationScoped
public class AgentRecordsConsumer {

    private final AgentRecords records;

    AgentRecordsConsumer(AgentRecords records) {
        this.records = records;
    }

    @Incoming("agents-agents-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void directory(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }

    @Incoming("agents-requests-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void requestFact(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
