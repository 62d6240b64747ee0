package dev.concierge.notifications.sending.application;

import dev.concierge.notifications.directory.application.Contact;
import dev.concierge.notifications.directory.application.ConversationWindows;
import dev.concierge.notifications.directory.application.Recipients;
import dev.concierge.notifications.status.application.DeliveryLog;
import dev.concierge.notifications.status.application.DeliveryStatusHandler;
import dev.concierge.notifications.templates.MessageTemplates;
import dev.concierge.notifications.templates.RenderedMessage;
import dev.concierge.notifications.templates.TemplateException;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.VariableCipher;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one {@link Notify}: resolves the recipient, decrypts its secrets, waits out quiet hours, then
 * tries its channels in order until one provider accepts it, each channel at most once
 * ({@link OnceOnlySends}). The outcome is one {@code NotificationSent} or {@code NotificationFailed};
 * secrets and message texts are never logged.
 */
public final class NotificationSender implements DeliveryStatusHandler.Fallback {

    private static final System.Logger LOG = System.getLogger(NotificationSender.class.getName());
    private static final String DEFAULT_LANGUAGE = "en";

    private final Recipients recipients;
    private final ChannelPlan plan;
    private final MessageTemplates templates;
    private final VariableCipher cipher;
    private final QuietHoursPolicy quietHours;
    private final DeferredSends deferred;
    private final ConversationWindows windows;
    private final ChannelDelivery delivery;
    private final OnceOnlySends onceOnly;
    private final DeliveryLog deliveries;
    private final NotificationEvents events;
    private final Clock clock;

    public NotificationSender(Recipients recipients, ChannelPlan plan, MessageTemplates templates, VariableCipher cipher,
            QuietHoursPolicy quietHours, DeferredSends deferred, ConversationWindows windows, ChannelDelivery delivery,
            OnceOnlySends onceOnly, DeliveryLog deliveries, NotificationEvents events, Clock clock) {
        this.recipients = recipients;
        this.plan = plan;
        this.templates = templates;
        this.cipher = cipher;
        this.quietHours = quietHours;
        this.deferred = deferred;
        this.windows = windows;
        this.delivery = delivery;
        this.onceOnly = onceOnly;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /** A command from {@code notifications.commands}: waits for the end of quiet hours unless it is urgent. */
    public void handle(Notify notify) {
        send(notify, true);
    }

    /** A command whose quiet hours have ended: sent now. */
    public void sendDeferred(Notify notify) {
        send(notify, false);
    }

    /** A message on {@code failed} was not delivered after all: the channels after it are tried. */
    @Override
    public void fallBack(Notify notify, Channel failed, String reason) {
        Contact contact = recipients.resolve(notify.recipient());
        Optional<Map<String, String>> variables = variables(notify);
        if (variables.isEmpty()) {
            return;
        }
        List<Channel> channels = plan.channels(notify.channels(), contact);
        int next = channels.indexOf(failed) + 1;
        attempt(notify, contact, variables.get(), channels, next, failed, reason);
    }

    private void send(Notify notify, boolean honourQuietHours) {
        Contact contact = recipients.resolve(notify.recipient());
        Optional<Map<String, String>> variables = variables(notify);
        if (variables.isEmpty()) {
            return;
        }
        if (honourQuietHours) {
            Optional<Instant> until = quietHours.deferUntil(notify.templateId(), contact.quietHours(), clock.instant());
            if (until.isPresent()) {
                deferred.defer(notify, until.get());
                LOG.log(System.Logger.Level.INFO, "notification {0} ({1}) waits for the end of quiet hours at {2}",
                        notify.idempotencyKey(), notify.templateId(), until.get());
                return;
            }
        }
        attempt(notify, contact, variables.get(), plan.channels(notify.channels(), contact), 0, null, "no-channel");
    }

    /** The plain variables plus the decrypted secrets; empty (and the notification failed) when one does not decrypt. */
    private Optional<Map<String, String>> variables(Notify notify) {
        Map<String, String> all = new HashMap<>(notify.variables());
        Map<String, String> secrets = notify.encryptedVariables() == null ? Map.of() : notify.encryptedVariables();
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            try {
                all.put(secret.getKey(), cipher.decrypt(secret.getValue(), notify.idempotencyKey()));
            } catch (IllegalArgumentException e) {
                events.failed(notify.idempotencyKey(), notify.recipient().id(), null,
                        "undecryptable-variable: " + secret.getKey());
                return Optional.empty();
            }
        }
        return Optional.of(all);
    }

    private void attempt(Notify notify, Contact contact, Map<String, String> variables, List<Channel> channels,
            int from, Channel lastTried, String lastReason) {
        String id = notify.idempotencyKey();
        String recipientId = notify.recipient().id();
        for (int i = from; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            RenderedMessage message;
            try {
                message = templates.render(notify.templateId(), channel, language(contact), variables);
            } catch (TemplateException e) {
                events.failed(id, recipientId, channel, e.reason());
                return;
            }
            boolean windowOpen = channel == Channel.WHATSAPP && windows.isOpen(contact.id(), clock.instant());
            Optional<String> whyNot = delivery.whyNot(channel, contact, message, windowOpen);
            if (whyNot.isPresent()) {
                lastTried = channel;
                lastReason = whyNot.get();
                continue;
            }
            OnceOnlySends.Outcome outcome = onceOnly.send(id + "/" + channel, () -> delivery.deliver(channel, contact,
                    message, notify.attachments() == null ? List.of() : notify.attachments(), windowOpen, id));
            if (outcome instanceof OnceOnlySends.Accepted accepted) {
                if (accepted.tracked()) {
                    deliveries.record(new DeliveryLog.Delivery(accepted.providerMessageId(), id, recipientId, channel,
                            notify));
                }
                LOG.log(System.Logger.Level.INFO, "notification {0} ({1}) {2} over {3} as {4}", id,
                        notify.templateId(), accepted.now() ? "sent" : "was already sent", channel,
                        accepted.providerMessageId());
                events.sent(id, recipientId, channel, notify.templateId(), accepted.providerMessageId());
                return;
            }
            if (outcome instanceof OnceOnlySends.Unknown) {
                LOG.log(System.Logger.Level.WARNING, "notification {0} over {1}: an earlier attempt claimed it and "
                        + "recorded no outcome; not sending again", id, channel);
                events.failed(id, recipientId, channel, OnceOnlySends.OUTCOME_UNKNOWN);
                return;
            }
            lastTried = channel;
            lastReason = ((OnceOnlySends.Refused) outcome).reason();
            LOG.log(System.Logger.Level.INFO, "notification {0} over {1} refused: {2}", id, channel, lastReason);
        }
        events.failed(id, recipientId, lastTried, lastReason);
    }

    private static String language(Contact contact) {
        return contact.language() != null ? contact.language() : DEFAULT_LANGUAGE;
    }
}
