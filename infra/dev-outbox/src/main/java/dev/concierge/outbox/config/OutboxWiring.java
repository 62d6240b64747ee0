package dev.concierge.outbox.config;

import dev.concierge.outbox.email.SmtpSink;
import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.push.PushMessages;
import dev.concierge.outbox.twilio.FailureRules;
import dev.concierge.outbox.twilio.InboundReplies;
import dev.concierge.outbox.twilio.MediaFetcher;
import dev.concierge.outbox.twilio.SignedFormPoster;
import dev.concierge.outbox.twilio.StatusCallbacks;
import dev.concierge.outbox.twilio.TwilioMessages;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one place the plain classes meet configuration. */
@ApplicationScoped
public class OutboxWiring {

    /** 32 lowercase hex digits, the tail of every Twilio SID. */
    private static final Supplier<String> HEX_IDS = () -> UUID.randomUUID().toString().replace("-", "");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    MessageLog messageLog(@ConfigProperty(name = "dev-outbox.capacity") int capacity) {
        return new MessageLog(capacity);
    }

    @Produces
    @Singleton
    FailureRules failureRules() {
        return new FailureRules();
    }

    @Produces
    @Singleton
    SignedFormPoster signedFormPoster(@ConfigProperty(name = "dev-outbox.twilio.auth-token") String authToken) {
        return new SignedFormPoster(authToken);
    }

    @Produces
    @Singleton
    StatusCallbacks statusCallbacks(MessageLog log, SignedFormPoster poster,
            @ConfigProperty(name = "dev-outbox.twilio.callback-step-ms") long stepMillis,
            @ConfigProperty(name = "dev-outbox.twilio.fetch-media") boolean fetchMedia) {
        return new StatusCallbacks(log, poster, fetchMedia ? new MediaFetcher() : null, Duration.ofMillis(stepMillis));
    }

    void closeStatusCallbacks(@Disposes StatusCallbacks callbacks) {
        callbacks.close();
    }

    @Produces
    @Singleton
    TwilioMessages twilioMessages(MessageLog log, FailureRules failures, StatusCallbacks callbacks, Clock clock) {
        return new TwilioMessages(log, failures, callbacks, clock, HEX_IDS);
    }

    @Produces
    @Singleton
    InboundReplies inboundReplies(MessageLog log, SignedFormPoster poster, Clock clock,
            @ConfigProperty(name = "dev-outbox.ingest-base-url") String ingestBaseUrl,
            @ConfigProperty(name = "dev-outbox.public-base-url") String publicBaseUrl,
            @ConfigProperty(name = "dev-outbox.twilio.account-sid") String accountSid,
            @ConfigProperty(name = "dev-outbox.twilio.number") String twilioNumber) {
        return new InboundReplies(log, poster, clock, HEX_IDS,
                new InboundReplies.Settings(stripSlash(ingestBaseUrl), stripSlash(publicBaseUrl), accountSid,
                        twilioNumber));
    }

    @Produces
    @Singleton
    PushMessages pushMessages(MessageLog log, Clock clock) {
        return new PushMessages(log, clock, HEX_IDS);
    }

    /** Started with the application, so the port is taken (or the start fails) before health says UP. */
    @Produces
    @Singleton
    @Startup
    SmtpSink smtpSink(MessageLog log, Clock clock, @ConfigProperty(name = "dev-outbox.smtp.host") String host,
            @ConfigProperty(name = "dev-outbox.smtp.port") int port) {
        SmtpSink sink = new SmtpSink(host, port, log, clock, HEX_IDS);
        sink.start();
        return sink;
    }

    void stopSmtp(@Disposes SmtpSink sink) {
        sink.close();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
