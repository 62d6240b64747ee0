package dev.concierge.notifications.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.notifications.channels.Email;
import dev.concierge.notifications.channels.MediaLinks;
import dev.concierge.notifications.channels.Messaging;
import dev.concierge.notifications.channels.Push;
import dev.concierge.notifications.channels.RateLimits;
import dev.concierge.notifications.directory.application.ConversationWindows;
import dev.concierge.notifications.directory.application.Directory;
import dev.concierge.notifications.directory.application.DirectoryUpdates;
import dev.concierge.notifications.directory.application.Recipients;
import dev.concierge.notifications.directory.application.WindowOpeners;
import dev.concierge.notifications.directory.persistence.MongoConversationWindows;
import dev.concierge.notifications.directory.persistence.MongoDirectory;
import dev.concierge.notifications.outreach.application.StoreOutreach;
import dev.concierge.notifications.sending.application.ChannelDelivery;
import dev.concierge.notifications.sending.application.ChannelPlan;
import dev.concierge.notifications.sending.application.DeferredSendRunner;
import dev.concierge.notifications.sending.application.DeferredSends;
import dev.concierge.notifications.sending.application.NotificationEvents;
import dev.concierge.notifications.sending.application.NotificationSender;
import dev.concierge.notifications.sending.application.OnceOnlySends;
import dev.concierge.notifications.sending.application.QuietHoursPolicy;
import dev.concierge.notifications.sending.application.SendClaims;
import dev.concierge.notifications.sending.persistence.MongoDeferredSends;
import dev.concierge.notifications.sending.persistence.RedisSendClaims;
import dev.concierge.notifications.shared.persistence.NotifyJson;
import dev.concierge.notifications.status.application.DeliveryLog;
import dev.concierge.notifications.status.application.DeliveryStatusHandler;
import dev.concierge.notifications.status.persistence.MongoDeliveryLog;
import dev.concierge.notifications.templates.MessageTemplates;
import dev.concierge.schemas.notifications.VariableCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RedissonClient;

/** Wires the plain capabilities (directory, sending, status, outreach) to their stores and providers. */
@ApplicationScoped
public class SendingWiring {

    @Produces
    @Singleton
    Directory directory(MongoDatabase database) {
        return new MongoDirectory(database);
    }

    @Produces
    @Singleton
    ConversationWindows conversationWindows(MongoDatabase database) {
        return new MongoConversationWindows(database);
    }

    @Produces
    @Singleton
    DirectoryUpdates directoryUpdates(Directory directory) {
        return new DirectoryUpdates(directory);
    }

    @Produces
    @Singleton
    WindowOpeners windowOpeners(ConversationWindows windows) {
        return new WindowOpeners(windows);
    }

    @Produces
    @Singleton
    DeliveryLog deliveryLog(MongoDatabase database, NotifyJson json) {
        return new MongoDeliveryLog(database, json);
    }

    @Produces
    @Singleton
    DeferredSends deferredSends(MongoDatabase database, NotifyJson json) {
        return new MongoDeferredSends(database, json);
    }

    @Produces
    @Singleton
    SendClaims sendClaims(RedissonClient redis, @ConfigProperty(name = "concierge.send-claims.retention") Duration retention) {
        return new RedisSendClaims(redis, retention);
    }

    @Produces
    @Singleton
    OnceOnlySends onceOnlySends(SendClaims claims) {
        return new OnceOnlySends(claims);
    }

    @Produces
    @Singleton
    ChannelDelivery channelDelivery(Messaging messaging, Email email, Push push, RateLimits rateLimits,
            MediaLinks mediaLinks) {
        return new ChannelDelivery(messaging, email, push, rateLimits, mediaLinks);
    }

    @Produces
    @Singleton
    VariableCipher variableCipher(@ConfigProperty(name = "concierge.notify.variables-key") String key) {
        return VariableCipher.fromBase64Key(key);
    }

    @Produces
    @Singleton
    NotificationSender notificationSender(Directory directory, MessageTemplates templates, VariableCipher cipher,
            @ConfigProperty(name = "concierge.quiet-hours.urgent-templates") List<String> urgentTemplates,
            DeferredSends deferred, ConversationWindows windows, ChannelDelivery delivery, OnceOnlySends onceOnly,
            DeliveryLog deliveries, NotificationEvents events, Clock clock) {
        return new NotificationSender(new Recipients(directory), new ChannelPlan(), templates, cipher,
                new QuietHoursPolicy(urgentTemplates), deferred, windows, delivery, onceOnly, deliveries, events, clock);
    }

    @Produces
    @Singleton
    DeferredSendRunner deferredSendRunner(DeferredSends deferred, NotificationSender sender, Clock clock) {
        return new DeferredSendRunner(deferred, sender, clock);
    }

    @Produces
    @Singleton
    DeliveryStatusHandler deliveryStatusHandler(DeliveryLog deliveries, NotificationEvents events,
            NotificationSender sender) {
        return new DeliveryStatusHandler(deliveries, events, sender);
    }

    @Produces
    @Singleton
    StoreOutreach storeOutreach(Directory directory, ConversationWindows windows, MessageTemplates templates,
            MediaLinks mediaLinks, ChannelDelivery delivery, OnceOnlySends onceOnly, DeliveryLog deliveries,
            NotificationEvents events, Clock clock) {
        return new StoreOutreach(directory, windows, templates, mediaLinks, delivery, onceOnly, deliveries, events,
                clock);
    }
}
