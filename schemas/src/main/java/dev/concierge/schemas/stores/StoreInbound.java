package dev.concierge.schemas.stores;

import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code stores.inbound}, keyed by store id: WhatsApp messages stores send us. */
public sealed interface StoreInbound {

    String storeId();

    /** {@code body} is empty for a media-only message; {@code gatewayMessageId} de-duplicates redeliveries. */
    @EventType("concierge.store.message-received.v1")
    record StoreMessageReceived(
            String storeId,
            String fromPhone,
            String body,
            List<String> mediaUrls,
            String gatewayMessageId) implements StoreInbound {

        public StoreMessageReceived {
            mediaUrls = Immutable.list(mediaUrls);
        }
    }
}
