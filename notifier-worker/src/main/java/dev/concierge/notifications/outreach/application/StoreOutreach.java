package dev.concierge.notifications.outreach.application;

import dev.concierge.notifications.directory.application.Contact;
import dev.concierge.notifications.directory.application.ConversationWindows;
import dev.concierge.notifications.directory.application.Directory;
import dev.concierge.notifications.channels.MediaLinks;
import dev.concierge.notifications.sending.application.ChannelDelivery;
import dev.concierge.notifications.sending.application.NotificationEvents;
import dev.concierge.notifications.sending.application.OnceOnlySends;
import dev.concierge.notifications.status.application.DeliveryLog;
import dev.concierge.notifications.templates.MessageTemplates;
import dev.concierge.notifications.templates.RenderedMessage;
import dev.concierge.notifications.templates.TemplateException;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.outreach.OutreachCommand.ContactStores;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One WhatsApp per store of a {@link ContactStores}: inside the store's 24-hour window the
 * processor's text (which carries the reply code) with the request's photos as signed links; outside
 * it the approved {@value #TEMPLATE} template. Each store's message is its own notification,
 * {@code <event id>/<store id>}, sent at most once.
 */
public final class StoreOutreach {

    public static final String TEMPLATE = "store.outreach";
    private static final String DEFAULT_LANGUAGE = "en";
    private static final String PHOTOS = "Photo: ";

    private final Directory directory;
    private final ConversationWindows windows;
    private final MessageTemplates templates;
    private final MediaLinks mediaLinks;
    private final ChannelDelivery delivery;
    private final OnceOnlySends onceOnly;
    private final DeliveryLog deliveries;
    private final NotificationEvents events;
    private final Clock clock;

    public StoreOutreach(Directory directory, ConversationWindows windows, MessageTemplates templates,
            MediaLinks mediaLinks, ChannelDelivery delivery, OnceOnlySends onceOnly, DeliveryLog deliveries,
            NotificationEvents events, Clock clock) {
        this.directory = directory;
        this.windows = windows;
        this.templates = templates;
        this.mediaLinks = mediaLinks;
        this.delivery = delivery;
        this.onceOnly = onceOnly;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    public void handle(String eventId, ContactStores command) {
        for (String storeId : command.storeIds()) {
            contact(eventId + "/" + storeId, storeId, command);
        }
    }

    private void contact(String notificationId, String storeId, ContactStores command) {
        Contact store = directory.find(storeId).orElseGet(() -> Contact.unknown(storeId, Recipient.Kind.STORE));
        boolean windowOpen = windows.isOpen(storeId, clock.instant());
        RenderedMessage message;
        try {
            message = windowOpen
                    ? new RenderedMessage(null, command.message(), null, null)
                    : templates.render(TEMPLATE, Channel.WHATSAPP, language(store), variables(command));
        } catch (TemplateException e) {
            events.failed(notificationId, storeId, Channel.WHATSAPP, e.reason());
            return;
        }
        Optional<String> whyNot = delivery.whyNot(Channel.WHATSAPP, store, message, windowOpen);
        if (whyNot.isPresent()) {
            events.failed(notificationId, storeId, Channel.WHATSAPP, whyNot.get());
            return;
        }
        OnceOnlySends.Outcome outcome = onceOnly.send(notificationId + "/" + Channel.WHATSAPP,
                () -> delivery.deliver(Channel.WHATSAPP, store, message, command.media(), windowOpen, notificationId));
        if (outcome instanceof OnceOnlySends.Accepted accepted) {
            if (accepted.now()) {
                deliveries.record(new DeliveryLog.Delivery(accepted.providerMessageId(), notificationId, storeId,
                        Channel.WHATSAPP, null));
            }
            events.sent(notificationId, storeId, Channel.WHATSAPP, TEMPLATE, accepted.providerMessageId());
        } else if (outcome instanceof OnceOnlySends.Refused refused) {
            events.failed(notificationId, storeId, Channel.WHATSAPP, refused.reason());
        } else {
            events.failed(notificationId, storeId, Channel.WHATSAPP, OnceOnlySends.OUTCOME_UNKNOWN);
        }
    }

    /**
     * What the approved template gets: the processor's text and the reply code. A template message
     * carries no attachment, so the photos' signed links travel inside the text.
     */
    private Map<String, String> variables(ContactStores command) {
        Map<String, String> variables = new HashMap<>();
        variables.put("requestId", command.requestId());
        List<String> links = mediaLinks.urls(command.media());
        variables.put("message", links.isEmpty() ? command.message()
                : command.message() + " " + PHOTOS + String.join(" ", links));
        variables.put("replyCode", command.replyCode());
        return variables;
    }

    private static String language(Contact contact) {
        return contact.language() != null ? contact.language() : DEFAULT_LANGUAGE;
    }
}
