package dev.concierge.requests.streams;

import dev.concierge.requests.sourcing.Store;
import dev.concierge.schemas.catalog.Topic;
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

    private final GlobalInputDecoder<StoreEvent> decoder;
    private final double defaultRadiusKm;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, Store> directory;

    StoreDirectoryUpdater(Topic<StoreEvent> topic, DeadLetterPublisher deadLetters, Clock clock,
            double defaultRadiusKm) {
        this.defaultRadiusKm = defaultRadiusKm;
        this.decoder = new GlobalInputDecoder<>(topic, deadLetters, clock);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.directory = context.getStateStore(RequestTopology.STORE_DIRECTORY);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        decoder.decode(record, context).ifPresent(this::apply);
    }

    private void apply(StoreEvent event) {
        Store previous = directory.get(event.storeId());
        if (event instanceof StoreEvent.StoreRegistered s) {
            directory.put(s.storeId(), new Store(s.storeId(), s.name(), s.phone(), s.address().location(),
                    Set.copyOf(s.categories()), s.openingHours(), radiusKm(s.radiusMeters()), true));
        } else if (event instanceof StoreEvent.StoreUpdated s) {
            boolean active = previous == null || previous.active();
            directory.put(s.storeId(), new Store(s.storeId(), s.name(), s.phone(), s.address().location(),
                    Set.copyOf(s.categories()), s.openingHours(), radiusKm(s.radiusMeters()), active));
        } else if (event instanceof StoreEvent.StoreAvailabilityChanged change && previous != null) {
            directory.put(previous.storeId(), new Store(previous.storeId(), previous.name(), previous.phone(),
                    previous.location(), previous.categories(), previous.openingHours(), previous.deliveryRadiusKm(),
                    change.available()));
        } else {
            LOG.warnf("availability of store %s changed before it registered; ignored", event.storeId());
        }
    }

    /** A store that did not say how far it delivers gets the configured default. */
    private double radiusKm(Integer radiusMeters) {
        return radiusMeters == null ? defaultRadiusKm : radiusMeters / METERS_PER_KM;
    }
}
