package dev.concierge.requests.streams;

import java.util.Map;
import org.apache.kafka.common.Configurable;

/** What the three exception handlers share: Kafka Streams configures them with its settings. */
abstract class ToDeadLetter implements Configurable {

    DeadLetterRouting routing;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.configured(configs);
    }
}
