package dev.concierge.notifications.sending.application;

import dev.concierge.notifications.channels.Email;
import dev.concierge.notifications.channels.MediaLinks;
import dev.concierge.notifications.channels.Messaging;
import dev.concierge.notifications.channels.ProviderMode;
import dev.concierge.notifications.channels.Push;
import dev.concierge.notifications.channels.RateLimits;
import dev.concierge.notifications.directory.application.Contact;
import dev.concierge.notifications.templates.RenderedMessage;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import java.util.List;
import java.util.Optional;

/**
 * Hands one rendered message to the provider of one channel. {@link #whyNot} says, before anything
 * is claimed, why a channel cannot carry it (no address, provider off, WhatsApp window closed and no
 * approved template); {@link #deliver} then sends it.
 */
public final class ChannelDelivery {

    /** What a provider accepted; {@code tracked} when it reports the delivery status later. */
    public record Sent(String providerMessageId, boolean tracked) {
    }

    private final Messaging messaging;
    private final Email email;
    private final Push push;
    private final RateLimits rateLimits;
    private final MediaLinks mediaLinks;

    public ChannelDelivery(Messaging messaging, Email email, Push push, RateLimits rateLimits, MediaLinks mediaLinks) {
        this.messaging = messaging;
        this.email = email;
        this.push = push;
        this.rateLimits = rateLimits;
        this.mediaLinks = mediaLinks;
    }

    public Optional<String> whyNot(Channel channel, Contact contact, RenderedMessage message, boolean windowOpen) {
        switch (channel) {
            case WHATSAPP:
                if (!windowOpen && message.whatsAppTemplate() == null) {
                    return Optional.of("whatsapp-window-closed: no approved template");
                }
                return phoneAndProvider(contact, messaging.mode(), channel);
            case SMS:
                return phoneAndProvider(contact, messaging.mode(), channel);
            case EMAIL:
                if (contact.emails().isEmpty()) {
                    return Optional.of("no-address: EMAIL");
                }
                return off(email.mode(), channel);
            case PUSH:
                if (contact.pushTokens().isEmpty()) {
                    return Optional.of("no-device: PUSH");
                }
                return off(push.mode(), channel);
            case IN_APP:
            default:
                return Optional.empty();
        }
    }

    public Sent deliver(Channel channel, Contact contact, RenderedMessage message, List<Attachment> attachments,
            boolean windowOpen, String notificationId) {
        switch (channel) {
            case WHATSAPP:
                rateLimits.acquire("twilio");
                if (windowOpen) {
                    return new Sent(messaging.sendWhatsApp(contact.phone(), message.text(),
                            mediaLinks.urls(attachments)), true);
                }
                return new Sent(messaging.sendWhatsAppTemplate(contact.phone(), message.whatsAppTemplate()), true);
            case SMS:
                rateLimits.acquire("twilio");
                return new Sent(messaging.sendSms(contact.phone(), message.text()), true);
            case EMAIL:
                rateLimits.acquire("smtp");
                return new Sent(email.send(contact.emails(), subject(message), message.text(), message.html(),
                        attachments), false);
            case PUSH:
                rateLimits.acquire("fcm");
                return new Sent(push.send(contact.pushTokens(), subject(message), message.text()), false);
            case IN_APP:
            default:
                // the NotificationSent event itself is what the apps show: nothing leaves the platform
                return new Sent("in-app:" + notificationId, false);
        }
    }

    private static String subject(RenderedMessage message) {
        return message.subject() != null ? message.subject() : "Concierge";
    }

    private static Optional<String> phoneAndProvider(Contact contact, ProviderMode mode, Channel channel) {
        if (contact.phone() == null || contact.phone().isBlank()) {
            return Optional.of("no-address: " + channel);
        }
        return off(mode, channel);
    }

    private static Optional<String> off(ProviderMode mode, Channel channel) {
        return mode == ProviderMode.OFF ? Optional.of("provider-off: " + channel) : Optional.empty();
    }
}
