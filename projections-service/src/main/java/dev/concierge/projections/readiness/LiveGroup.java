package dev.concierge.projections.readiness;

import java.util.List;
import org.eclipse.microprofile.config.Config;

/** A live consumer: its SmallRye Kafka channel, consumer group and topic, as the configuration declares them. */
public record LiveGroup(String channel, String group, String topic) {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final String CONNECTOR = ".connector";

    /** Every incoming {@code smallrye-kafka} channel of the configuration that names a consumer group. */
    public static List<LiveGroup> of(Config config) {
        return java.util.stream.StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(key -> key.startsWith(PREFIX) && key.endsWith(CONNECTOR))
                .filter(key -> "smallrye-kafka".equals(config.getOptionalValue(key, String.class).orElse("")))
                .map(key -> key.substring(PREFIX.length(), key.length() - CONNECTOR.length()))
                .distinct().sorted()
                .flatMap(channel -> config.getOptionalValue(PREFIX + channel + ".group.id", String.class)
                        .map(group -> new LiveGroup(channel, group, config
                                .getOptionalValue(PREFIX + channel + ".topic", String.class).orElse(channel)))
                        .stream())
                .toList();
    }
}
