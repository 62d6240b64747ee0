package dev.concierge.requests.streams;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global outreach history from requests.state: which stores each request asked and how
 * they answered. Every instance holds all of it, so any task can score stores and match a store's
 * reply to its open requests. Snapshots are this service's own output, but the topic is writable by
 * anyone with access: one it cannot read goes to requests.state.dlq like every other input's poison.
 */
final class OutreachHistoryUpdater implements Processor<String, byte[], Void, Void> {

    private final GlobalInputDecoder<RequestSnapshot> decoder;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, OutreachRecord> history;

    OutreachHistoryUpdater(Topic<RequestSnapshot> stateTopic, DeadLetterPublisher deadLetters, Clock clock) {
        this.decoder = new GlobalInputDecoder<>(stateTopic, deadLetters, clock);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        history = context.getStateStore(RequestTopology.OUTREACH_HISTORY);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return; // compaction tombstone: nothing to learn
        }
        decoder.decode(record, context)
                .ifPresent(snapshot -> OutreachRecord.from(snapshot).forEach(entry -> history.put(entry.key(), entry)));
    }
}
