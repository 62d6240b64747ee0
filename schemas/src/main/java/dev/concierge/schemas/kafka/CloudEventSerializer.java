package dev.concierge.schemas.kafka;

import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a {@link CloudEvent} as a structured-mode CloudEvents JSON record value and marks the record
 * with {@code content-type: application/cloudevents+json}, as the CloudEvents Kafka binding asks.
 * A null event is written as null (a tombstone).
 */
public class CloudEventSerializer<V> implements Serializer<CloudEvent<V>> {

    public static final String CONTENT_TYPE_HEADER = "content-type";

    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final EventCodec codec;

    public CloudEventSerializer() {
        this(EventCodec.standard());
    }

    public CloudEventSerializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public byte[] serialize(String topic, CloudEvent<V> event) {
        return event == null ? null : codec.encode(event);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, CloudEvent<V> event) {
        if (event == null) {
            return null;
        }
        headers.remove(CONTENT_TYPE_HEADER);
        headers.add(CONTENT_TYPE_HEADER, CONTENT_TYPE);
        return codec.encode(event);
    }
}
