package dev.concierge.projections.rebuild.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.rebuild.application.Generations;
import dev.concierge.schemas.catalog.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The read models' generations as MongoDB databases, filled through every {@link Projector}. */
public final class MongoGenerations implements Generations {

    private static final Logger LOG = Logger.getLogger(MongoGenerations.class);

    private final MongoClient client;
    private final GenerationPointer pointer;
    private final ReadModelDatabase live;
    private final List<Projector> projectors;

    public MongoGenerations(MongoClient client, GenerationPointer pointer, ReadModelDatabase live,
            List<Projector> projectors) {
        this.client = client;
        this.pointer = pointer;
        this.live = live;
        this.projectors = List.copyOf(projectors);
    }

    @Override
    public long current() {
        return pointer.current();
    }

    @Override
    public String databaseName(long generation) {
        return pointer.databaseName(generation);
    }

    @Override
    public void prepare(long generation) {
        MongoDatabase fresh = database(generation);
        fresh.drop();
        projectors.forEach(projector -> projector.declareIndexes(fresh));
    }

    @Override
    public synchronized void switchTo(long generation, String rebuildId) {
        pointer.set(generation, rebuildId);
        live.switchTo(database(generation));
    }

    @Override
    public void drop(long generation) {
        database(generation).drop();
    }

    /** The topics of every read model, each once. */
    public List<String> topics() {
        return projectors.stream().flatMap(projector -> projector.topics().stream()).map(Topic::name).distinct()
                .toList();
    }

    /** Per topic, the sinks of the read models built from it, writing into {@code generation}'s database and pushing nothing live. */
    public Map<String, List<RecordSink>> sinksInto(long generation) {
        MongoDatabase target = database(generation);
        Map<String, List<RecordSink>> sinks = new LinkedHashMap<>();
        for (Projector projector : projectors) {
            RecordSink sink = projector.into(() -> target, false);
            for (Topic<?> topic : projector.topics()) {
                sinks.computeIfAbsent(topic.name(), name -> new ArrayList<>()).add(sink);
            }
        }
        return sinks;
    }

    /**
     * Moves this instance to the persisted current generation when another instance's rebuild switched it
     * (called every few seconds). Synchronized with {@link #switchTo} so that a pointer read just before this
     * instance's own switch cannot move it back.
     */
    public synchronized void follow() {
        String current = databaseName(pointer.current());
        if (!live.get().getName().equals(current)) {
            live.switchTo(client.getDatabase(current));
            LOG.infof("read models now in database %s (switched by a rebuild)", current);
        }
    }

    private MongoDatabase database(long generation) {
        return client.getDatabase(databaseName(generation));
    }
}
