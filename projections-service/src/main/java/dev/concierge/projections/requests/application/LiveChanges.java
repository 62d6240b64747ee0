package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;

/**
 * Where the projection announces what changed, for live subscribers. {@code recordTime} is the Kafka
 * record's timestamp, so the push can be timed from the record, not from our write.
 */
public interface LiveChanges {

    /** Tells nobody: what a rebuild applies was pushed when it happened. */
    LiveChanges NONE = new LiveChanges() {
        @Override
        public void requestChanged(RequestSnapshot snapshot, Instant recordTime) {
        }

        @Override
        public void messagePosted(ChatMessage message, String ownerCustomerId, Instant recordTime) {
        }

        @Override
        public void messagesRead(ReadReceipt receipt, String ownerCustomerId, Instant recordTime) {
        }
    };

    void requestChanged(RequestSnapshot snapshot, Instant recordTime);

    /** {@code ownerCustomerId} is null while the request itself is not in the read model yet: staff only then. */
    void messagePosted(ChatMessage message, String ownerCustomerId, Instant recordTime);

    /** A read receipt was new; {@code ownerCustomerId} as for {@link #messagePosted}. */
    void messagesRead(ReadReceipt receipt, String ownerCustomerId, Instant recordTime);
}
