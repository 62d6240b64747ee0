package dev.concierge.requests.streams;

import dev.concierge.schemas.envelope.CloudEvent;

/** A source record after decoding: a valid event, or a dead letter for the source's .dlq. */
sealed interface Decoded {

    record Valid(CloudEvent<?> event, byte[] raw) implements Decoded {
    }

    record Poison(Outgoing deadLetter) implements Decoded {
    }
}
