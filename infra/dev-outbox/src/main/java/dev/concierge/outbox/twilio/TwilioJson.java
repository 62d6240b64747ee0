package dev.concierge.outbox.twilio;

import dev.concierge.outbox.messages.OutboxMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of Twilio's 2010-04-01 API: a Message resource and an error. */
final class TwilioJson {

    /** RFC 2822, as Twilio writes dates and as the SDK parses them. */
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private TwilioJson() {
    }

    static Map<String, Object> message(String accountSid, OutboxMessage message, String messagingServiceSid) {
        String uri = "/" + TwilioMessages.API_VERSION + "/Accounts/" + accountSid + "/Messages/" + message.id();
        String date = RFC_2822.format(message.time());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("api_version", TwilioMessages.API_VERSION);
        json.put("body", message.body() == null ? "" : message.body());
        json.put("date_created", date);
        json.put("date_sent", "queued".equals(message.status()) || "accepted".equals(message.status()) ? null : date);
        json.put("date_updated", date);
        json.put("direction", "outbound-api");
        json.put("error_code", message.errorCode());
        json.put("error_message", null);
        // sent through a messaging service without From, Twilio answers before it has picked a sender
        json.put("from", message.from().equals(messagingServiceSid) ? null : message.from());
        json.put("messaging_service_sid", messagingServiceSid);
        json.put("num_media", String.valueOf(message.media().size()));
        json.put("num_segments", "1");
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", message.id());
        json.put("status", message.status());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json", "feedback", uri + "/Feedback.json"));
        json.put("to", message.to());
        json.put("uri", uri + ".json");
        return json;
    }

    static Map<String, Object> error(TwilioError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", error.code());
        json.put("message", error.message());
        json.put("more_info", error.moreInfo());
        json.put("status", error.status());
        return json;
    }
}
