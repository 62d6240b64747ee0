package dev.concierge.notifications.directory.application;

import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.stores.StoreInbound;
import java.time.Instant;

/** Which inbound messages open a recipient's WhatsApp window, and from when. */
public final class WindowOpeners {

    private final ConversationWindows windows;

    public WindowOpeners(ConversationWindows windows) {
        this.windows = windows;
    }

    /** Every message on {@code stores.inbound} is a store's WhatsApp; {@code at} is when it was received. */
    public void storeWrote(StoreInbound message, Instant at) {
        windows.opened(message.storeId(), at);
    }

    /** Only a customer's own WhatsApp message opens their window; app and web chat do not. */
    public void chatMessage(ChatEvent event) {
        if (event instanceof ChatEvent.ChatMessagePosted posted && posted.author() == Author.CUSTOMER
                && posted.channel() == Channel.WHATSAPP) {
            windows.opened(posted.authorId(), posted.postedAt());
        }
    }
}
