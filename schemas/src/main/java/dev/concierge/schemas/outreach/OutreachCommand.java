package dev.concierge.schemas.outreach;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code outreach.commands}, keyed by request id: WhatsApp messages to stores. */
public sealed interface OutreachCommand {

    String requestId();

    /**
     * Ask stores whether they have an item. Stores answer on WhatsApp quoting {@code replyCode},
     * which is how their reply finds its way back to the request.
     */
    @EventType("concierge.outreach.command.contact-stores.v1")
    record ContactStores(
            String requestId,
            List<String> storeIds,
            String message,
            List<Attachment> media,
            String replyCode) implements OutreachCommand {

        public ContactStores {
            storeIds = Immutable.list(storeIds);
            media = Immutable.list(media);
            if (storeIds != null && storeIds.isEmpty()) {
                throw new IllegalArgumentException("contact at least one store");
            }
        }
    }
}
