package dev.concierge.outbox.twilio;

import dev.concierge.outbox.messages.Addresses;
import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.messages.Direction;
import dev.concierge.outbox.messages.Media;
import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.messages.OutboxMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLConnection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A person answering on WhatsApp (or SMS): the outbox posts the inbound webhook Twilio would post to
 * the ingest API, with Twilio's form fields, signed over the public URL the ingest API checks against.
 */
public final class InboundReplies {

    public static final String WEBHOOK_PATH = "/v1/webhooks/twilio/inbound";

    private final MessageLog log;
    private final SignedFormPoster poster;
    private final Clock clock;
    private final Supplier<String> hexIds;
    private final Settings settings;

    public InboundReplies(MessageLog log, SignedFormPoster poster, Clock clock, Supplier<String> hexIds,
            Settings settings) {
        this.log = log;
        this.poster = poster;
        this.clock = clock;
        this.hexIds = hexIds;
        this.settings = settings;
    }

    /** Records the reply, posts the webhook and reports what the ingest API answered. */
    public Posted reply(Reply reply) throws IOException {
        Channel channel = reply.channel() == null ? Channel.WHATSAPP : reply.channel();
        String to = reply.to() == null || reply.to().isBlank() ? settings.twilioNumber() : reply.to();
        String from = channel == Channel.WHATSAPP ? Addresses.whatsapp(reply.from()) : Addresses.bare(reply.from());
        to = channel == Channel.WHATSAPP ? Addresses.whatsapp(to) : Addresses.bare(to);
        String messageSid = "SM" + hexIds.get();
        List<Media> media = reply.media().stream().map(url -> Media.link(url, contentType(url))).toList();

        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", messageSid);
        params.put("SmsMessageSid", messageSid);
        params.put("SmsSid", messageSid);
        params.put("AccountSid", settings.accountSid());
        params.put("From", from);
        params.put("To", to);
        params.put("Body", reply.body() == null ? "" : reply.body());
        params.put("NumMedia", String.valueOf(media.size()));
        params.put("NumSegments", "1");
        params.put("SmsStatus", "received");
        params.put("ApiVersion", TwilioMessages.API_VERSION);
        if (channel == Channel.WHATSAPP) {
            params.put("WaId", Addresses.bare(from).replace("+", ""));
        }
        for (int i = 0; i < media.size(); i++) {
            params.put("MediaUrl" + i, media.get(i).url());
            params.put("MediaContentType" + i, media.get(i).contentType());
        }

        log.record(new OutboxMessage(messageSid, channel, Direction.INBOUND, from, to, reply.body(), media, null, null,
                null, "received", null, clock.instant()));
        String webhookUrl = settings.ingestBaseUrl() + WEBHOOK_PATH;
        int status;
        try {
            status = poster.post(webhookUrl, settings.publicBaseUrl() + WEBHOOK_PATH, params);
        } catch (IOException e) {
            log.update(messageSid, m -> m.withStatus("webhook-unreachable", null));
            throw e;
        }
        if (status >= 300) {
            log.update(messageSid, m -> m.withStatus("webhook-rejected", null));
        }
        return new Posted(messageSid, webhookUrl, status);
    }

    private static String contentType(String url) {
        String guessed = URLConnection.guessContentTypeFromName(URI.create(url).getPath());
        return guessed == null ? "application/octet-stream" : guessed;
    }

    /** What a person typed: {@code from} their number, {@code to} the outbox number they write to (optional). */
    public record Reply(String from, String to, String body, List<String> media, Channel channel) {

        public Reply {
            media = media == null ? List.of() : List.copyOf(media);
        }
    }

    /** The webhook that went out and the ingest API's HTTP status. */
    public record Posted(String messageSid, String webhookUrl, int webhookStatus) {
    }

    /**
     * {@code ingestBaseUrl}: where the webhook goes; {@code publicBaseUrl}: what it is signed over (the
     * ingest API checks against its PUBLIC_BASE_URL); {@code twilioNumber}: the outbox's own number.
     */
    public record Settings(String ingestBaseUrl, String publicBaseUrl, String accountSid, String twilioNumber) {
    }
}
