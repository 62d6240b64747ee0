package dev.concierge.requests.streams;

import dev.concierge.requests.config.KafkaDeadLetterPublisher;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One processor instance in a JVM of its own, so a test can kill it for real (SIGKILL: no commit,
 * no leave-group, an open transaction left behind). Prints its state changes on stdout.
 * Arguments: bootstrap servers, topic prefix, application id, state directory.
 */
public final class StreamsInstanceMain {

    private StreamsInstanceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String bootstrap = args[0];
        RequestTopics topics = RequestTopics.standard().prefixed(args[1]);
        KafkaStreams streams = new KafkaStreams(RequestTopology.build(topics, LifecyclePolicy.defaults(),
                Clock.systemUTC(), Duration.ofSeconds(1), new KafkaDeadLetterPublisher(bootstrap)),
                BrokerStreams.properties(topics, bootstrap, args[2], Path.of(args[3]), 1));
        streams.setStateListener((now, before) -> System.out.println("STATE " + now));
        streams.start();
        Thread.currentThread().join();
    }
}
