package dev.concierge.notifications.sending.application;

import dev.concierge.notifications.directory.application.Contact;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import java.util.List;
import java.util.Map;

/**
 * The channels to try, in order: the Notify's own list; when it is empty, the recipient's chosen
 * channels; when they chose none, a default per kind of recipient. Customers: WhatsApp, then SMS,
 * then in-app (in-app always works, so the app shows what no phone channel carried). Stores:
 * WhatsApp, then SMS. Agents and admins: in-app, then email.
 */
public final class ChannelPlan {

    static final Map<Recipient.Kind, List<Channel>> DEFAULTS = Map.of(
            Recipient.Kind.CUSTOMER, List.of(Channel.WHATSAPP, Channel.SMS, Channel.IN_APP),
            Recipient.Kind.STORE, List.of(Channel.WHATSAPP, Channel.SMS),
            Recipient.Kind.AGENT, List.of(Channel.IN_APP, Channel.EMAIL),
            Recipient.Kind.ADMIN, List.of(Channel.IN_APP, Channel.EMAIL));

    public List<Channel> channels(List<Channel> requested, Contact contact) {
        if (!requested.isEmpty()) {
            return requested;
        }
        if (!contact.channels().isEmpty()) {
            return contact.channels();
        }
        return DEFAULTS.get(contact.kind());
    }
}
