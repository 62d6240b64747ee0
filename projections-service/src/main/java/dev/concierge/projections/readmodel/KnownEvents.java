package dev.concierge.projections.readmodel;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.MalformedEventException;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import java.util.Optional;

/**
 * Decodes a record for a read model that needs only some of a topic's types: a type this build does not
 * know yet (the contract grows additively) is empty, to be skipped; anything that is not a valid event
 * throws an {@link dev.concierge.schemas.envelope.EventDecodingException}, which dead-letters the record.
 */
public final class KnownEvents {

    private KnownEvents() {
    }

    public static <V> Optional<CloudEvent<V>> decode(EventCodec codec, byte[] value, Topic<V> topic) {
        if (value == null) {
            throw new MalformedEventException("a " + topic.name() + " record has no value", "", null);
        }
        try {
            return Optional.of(codec.decode(value, topic));
        } catch (UnknownEventTypeException newerType) {
            return Optional.empty();
        }
    }
}
