package dev.concierge.requests.config;

import dev.concierge.requests.streams.DeadLetterPublisher;
import dev.concierge.requests.streams.RequestTopics;
import dev.concierge.requests.streams.RequestTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/** Hands the pure topology to the Quarkus Kafka Streams extension, which runs and health-checks it. */
@ApplicationScoped
public class TopologyProducer {

    /** Not normal-scoped: Kafka Streams reads fields of the Topology, which a client proxy would not forward. */
    @Produces
    @Singleton
    Topology requestTopology(LifecycleConfig lifecycle, AssignmentConfig assignment, DeadLetterPublisher deadLetters) {
        return RequestTopology.build(RequestTopics.standard(), lifecycle.policy(), assignment.toZones(),
                Clock.systemUTC(), lifecycle.timerTick(), deadLetters, Stores::persistentKeyValueStore);
    }
}
