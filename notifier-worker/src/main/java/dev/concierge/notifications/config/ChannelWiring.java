package dev.concierge.notifications.config;

import com.mongodb.client.MongoClient;
import dev.concierge.notifications.channels.MediaLinks;
import dev.concierge.notifications.channels.RateLimits;
import dev.concierge.notifications.channels.email.AttachmentFiles;
import dev.concierge.notifications.channels.email.EmailSettings;
import dev.concierge.notifications.channels.push.PushSettings;
import dev.concierge.notifications.channels.twilio.TwilioSettings;
import dev.concierge.notifications.sending.persistence.RedisRateLimits;
import dev.concierge.schemas.media.MediaLinkSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RedissonClient;

/** Chooses each provider's mode from the configuration (outbox, real or off) and builds its client. */
@ApplicationScoped
public class ChannelWiring {

    static final String STATUS_CALLBACK_PATH = "/v1/webhooks/twilio/status";

    @Produces
    @Singleton
    TwilioSettings twilio(@ConfigProperty(name = "concierge.outbox.url") Optional<String> outboxUrl,
            @ConfigProperty(name = "concierge.twilio.account-sid") Optional<String> accountSid,
            @ConfigProperty(name = "concierge.twilio.auth-token") Optional<String> authToken,
            @ConfigProperty(name = "concierge.twilio.whatsapp-from") String whatsAppFrom,
            @ConfigProperty(name = "concierge.twilio.sms-from") String smsFrom,
            @ConfigProperty(name = "concierge.ingest.public-base-url") String ingestPublicBaseUrl) {
        return TwilioSettings.choose(outboxUrl, accountSid, authToken, whatsAppFrom, smsFrom,
                trimSlash(ingestPublicBaseUrl) + STATUS_CALLBACK_PATH);
    }

    @Produces
    @Singleton
    EmailSettings email(@ConfigProperty(name = "concierge.outbox.url") Optional<String> outboxUrl,
            @ConfigProperty(name = "concierge.smtp.host") Optional<String> smtpHost,
            @ConfigProperty(name = "concierge.email.from") String from,
            @ConfigProperty(name = "concierge.email.timeout") Duration timeout) {
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "concierge";
        return new EmailSettings(EmailSettings.choose(outboxUrl, smtpHost), from, domain, timeout);
    }

    @Produces
    @Singleton
    PushSettings push(@ConfigProperty(name = "concierge.outbox.url") Optional<String> outboxUrl,
            @ConfigProperty(name = "concierge.fcm.project") String project,
            @ConfigProperty(name = "concierge.fcm.service-account-key") Optional<String> serviceAccountKey,
            @ConfigProperty(name = "concierge.fcm.base-url") String fcmBaseUrl) {
        return PushSettings.choose(outboxUrl.map(ChannelWiring::trimSlash), project, serviceAccountKey,
                trimSlash(fcmBaseUrl));
    }

    /** ingest-api's database, read only for the GridFS media that emails attach. */
    @Produces
    @Singleton
    AttachmentFiles attachmentFiles(MongoClient client, @ConfigProperty(name = "concierge.media.database") String name) {
        return new AttachmentFiles(client.getDatabase(name));
    }

    @Produces
    @Singleton
    MediaLinks mediaLinks(@ConfigProperty(name = "concierge.media-links.key") String key,
            @ConfigProperty(name = "concierge.ingest.public-base-url") String ingestPublicBaseUrl,
            @ConfigProperty(name = "concierge.media-links.lifetime") Duration lifetime, Clock clock) {
        return new MediaLinks(MediaLinkSigner.fromBase64Key(key), ingestPublicBaseUrl, lifetime, clock);
    }

    @Produces
    @Singleton
    RateLimits rateLimits(RedissonClient redis,
            @ConfigProperty(name = "concierge.rate-limit.twilio.permits") long twilioPermits,
            @ConfigProperty(name = "concierge.rate-limit.smtp.permits") long smtpPermits,
            @ConfigProperty(name = "concierge.rate-limit.fcm.permits") long fcmPermits,
            @ConfigProperty(name = "concierge.rate-limit.period") Duration period) {
        return new RedisRateLimits(redis, Map.of(
                "twilio", new RedisRateLimits.Budget(twilioPermits, period),
                "smtp", new RedisRateLimits.Budget(smtpPermits, period),
                "fcm", new RedisRateLimits.Budget(fcmPermits, period)));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
