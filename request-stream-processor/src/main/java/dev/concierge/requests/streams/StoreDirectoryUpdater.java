package dev.concierge.requests.streams;

import dev.concierge.requests.stores.Store;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.stores.StoreEvent;
import java.time.Clock;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/** Folds stores.events into the global store directory that store selection reads. */
final class StoreDirectoryUpdater implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = Logger.getLogger(StoreDirectoryUpdater.class);
    private static final double METERS_PER_KM = 1000.0;

    private final Topic<StoreEvent> topic;
    private final DeadLetterPublisher deadLetters;
    private final Clock clock;
    private final EventCodec codec = EventCodec.standard();
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, Store> directory;

    StoreDirectoryUpdater(Topic<StoreEvent> topic, DeadLetterPublisher deadLetters, Clock clock) {
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.directory = context.getStateStore(RequestTopology.STORE_DIRECTORY);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        StoreEvent event;
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("a null value (tombstone) is not an event");
            }
            event = codec.decode(record.value(), topic).data();
        } catch (RuntimeException e) {
            LOG.warnf("store directory record %s is not a valid event, sent to %s: %s", record.key(), topic.dlqName(),
                    e.getMessage());
            deadLetters.publish(topic.dlqName(), record.key(), record.value(), DeadLetters.describe(record.headers(),
                    DeadLetters.Stage.DESERIALIZATION, e, topic.name(), context.recordMetadata().orElse(null),
                    clock.instant()));
            return;
        }
        Store previous = directory.get(event.storeId());
        if (event instanceof StoreEvent.StoreRegistered s) {
            directory.put(s.storeId(), new Store(s.storeId(), s.name(), s.phone(), s.address().location(),
                    Set.copyOf(s.categories()), s.openingHours(), s.radiusMeters() / METERS_PER_KM, true));
        } else if (event instanceof StoreEvent.StoreUpdated s) {
            boolean active = previous == null || previous.active();
            directory.put(s.storeId(), new Store(s.storeId(), s.name(), s.phone(), s.address().location(),
                    Set.copyOf(s.categories()), s.openingHours(), s.radiusMeters() / METERS_PER_KM, active));
        } else if (event instanceof StoreEvent.StoreAvailabilityChanged change && previous != null) {
            directory.put(previous.storeId(), new Store(previous.storeId(), previous.name(), previous.phone(),
                    previous.location(), previous.categories(), previous.openingHours(), previous.deliveryRadiusKm(),
                    change.available()));
        } else {
            LOG.warnf("availability of store %s changed before it registered; ignored", event.storeId());
        }
    }
}
