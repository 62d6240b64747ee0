package dev.concierge.requests.sourcing;

import dev.concierge.schemas.common.Money;
import java.util.Optional;

/** What a shopkeeper meant by a WhatsApp reply to an outreach message. */
public sealed interface StoreReply {

    /** The store has the item; the price is there when the shopkeeper wrote one. */
    record Available(Optional<Money> price) implements StoreReply {
    }

    /** The store does not have it; {@code later} when it could have it later ("kal milega"), just not now. */
    record Unavailable(boolean later) implements StoreReply {
    }

    /** Neither yes nor no could be read: a person has to look at it. */
    record Unclear() implements StoreReply {
    }
}
