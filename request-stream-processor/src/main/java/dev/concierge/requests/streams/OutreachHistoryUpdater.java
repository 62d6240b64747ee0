package dev.concierge.requests.streams;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestSnapshot;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Keeps the global outreach history from requests.state: which stores each request asked and how
 * they answered. Every instance holds all of it, so any task can score stores and match a store's
 * reply to its open requests. Snapshots are this service's own output; one it cannot read is logged.
 */
final class OutreachHistoryUpdater implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = Logger.getLogger(OutreachHistoryUpdater.class);

    private final Topic<RequestSnapshot> stateTopic;
    private final EventCodec codec = EventCodec.standard();
    private KeyValueStore<String, OutreachRecord> history;

    OutreachHistoryUpdater(Topic<RequestSnapshot> stateTopic) {
        this.stateTopic = stateTopic;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        history = context.getStateStore(RequestTopology.OUTREACH_HISTORY);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return; // compaction tombstone: nothing to learn
        }
        try {
            RequestSnapshot snapshot = codec.decode(record.value(), stateTopic).data();
            OutreachRecord.from(snapshot).forEach(entry -> history.put(entry.key(), entry));
        } catch (RuntimeException e) {
            LOG.errorf(e, "unreadable snapshot of request %s on %s skipped", record.key(), stateTopic.name());
        }
    }
}
