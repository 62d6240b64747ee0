package dev.concierge.requests.streams;

import dev.concierge.requests.sourcing.Store;
import dev.concierge.requests.sourcing.StoreCatalog;
import dev.concierge.requests.sourcing.StorePerformance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The store directory and the stores' track records, read from the two global stores. */
final class GlobalStoreCatalog implements StoreCatalog {

    private final ReadOnlyKeyValueStore<String, Store> directory;
    private final ReadOnlyKeyValueStore<String, OutreachRecord> history;

    GlobalStoreCatalog(ReadOnlyKeyValueStore<String, Store> directory, ReadOnlyKeyValueStore<String, OutreachRecord> history) {
        this.directory = directory;
        this.history = history;
    }

    @Override
    public Collection<Store> stores() {
        List<Store> stores = new ArrayList<>();
        try (KeyValueIterator<String, Store> all = directory.all()) {
            all.forEachRemaining(kv -> stores.add(kv.value));
        }
        return stores;
    }

    @Override
    public StorePerformance performance(String storeId) {
        StorePerformance total = StorePerformance.NONE;
        for (OutreachRecord record : outreachOf(history, storeId)) {
            total = total.plus(record.performance());
        }
        return total;
    }

    static List<OutreachRecord> outreachOf(ReadOnlyKeyValueStore<String, OutreachRecord> history, String storeId) {
        List<OutreachRecord> records = new ArrayList<>();
        try (KeyValueIterator<String, OutreachRecord> it = history.prefixScan(OutreachRecord.keyPrefix(storeId),
                new StringSerializer())) {
            it.forEachRemaining(kv -> records.add(kv.value));
        }
        return records;
    }
}
