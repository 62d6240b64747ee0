package dev.concierge.outbox.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.outbox.messages.Addresses;
import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.messages.Direction;
import dev.concierge.outbox.messages.Media;
import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.messages.OutboxMessage;
import dev.concierge.outbox.messages.Template;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}: checks the form the way Twilio does,
 * records the message as {@code queued} and schedules its status callbacks.
 */
public final class TwilioMessages {

    public static final String API_VERSION = "2010-04-01";
    static final int MAX_BODY = 1600;

    private final MessageLog log;
    private final FailureRules failures;
    private final StatusCallbacks callbacks;
    private final Clock clock;
    private final Supplier<String> hexIds;
    private final ObjectMapper json = new ObjectMapper();

    public TwilioMessages(MessageLog log, FailureRules failures, StatusCallbacks callbacks, Clock clock,
            Supplier<String> hexIds) {
        this.log = log;
        this.failures = failures;
        this.callbacks = callbacks;
        this.clock = clock;
        this.hexIds = hexIds;
    }

    public Result send(String accountSid, Map<String, List<String>> form) {
        String to = first(form, "To");
        String from = first(form, "From");
        String messagingServiceSid = first(form, "MessagingServiceSid");
        String body = first(form, "Body");
        String contentSid = first(form, "ContentSid");
        List<String> mediaUrls = form.getOrDefault("MediaUrl", List.of()).stream().filter(u -> !u.isBlank()).toList();
        if (to == null) {
            return new Rejected(TwilioError.badRequest(21604, "A 'To' phone number is required."));
        }
        if (from == null && messagingServiceSid == null) {
            return new Rejected(TwilioError.badRequest(21603, "A 'From' phone number is required."));
        }
        if (from != null && Addresses.isWhatsapp(from) != Addresses.isWhatsapp(to)) {
            return new Rejected(TwilioError.badRequest(21910,
                    "Invalid From and To pair. From and To should be of the same channel"));
        }
        if (body == null && mediaUrls.isEmpty() && contentSid == null) {
            return new Rejected(TwilioError.badRequest(21619, "A text message body or media urls must be specified."));
        }
        if (body != null && body.length() > MAX_BODY) {
            return new Rejected(TwilioError.badRequest(21617,
                    "The concatenated message body exceeds the " + MAX_BODY + " character limit."));
        }
        Optional<Map<String, String>> variables = variables(first(form, "ContentVariables"));
        if (variables.isEmpty()) {
            return new Rejected(TwilioError.badRequest(21656, "The ContentVariables Parameter is invalid."));
        }
        Channel channel = Addresses.isWhatsapp(to) ? Channel.WHATSAPP : Channel.SMS;
        OutboxMessage message = new OutboxMessage("SM" + hexIds.get(), channel, Direction.OUTBOUND,
                from != null ? from : messagingServiceSid, to, body,
                mediaUrls.stream().map(url -> Media.link(url, null)).toList(),
                contentSid == null ? null : new Template(contentSid, variables.get()), null, null,
                from != null ? "queued" : "accepted", null, clock.instant());
        log.record(message);
        callbacks.schedule(message, accountSid, first(form, "StatusCallback"), failures.take(to, channel));
        return new Accepted(message, messagingServiceSid);
    }

    public Optional<OutboxMessage> find(String messageSid) {
        return log.find(messageSid).filter(m -> m.channel() == Channel.WHATSAPP || m.channel() == Channel.SMS);
    }

    /** Empty when the value is not a JSON object; an absent value is no variables. */
    private Optional<Map<String, String>> variables(String contentVariables) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (contentVariables == null) {
            return Optional.of(variables);
        }
        try {
            JsonNode node = json.readTree(contentVariables);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            node.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().asText()));
            return Optional.of(variables);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0);
    }

    /** What the API answers: the recorded message, or Twilio's error. */
    public sealed interface Result permits Accepted, Rejected {
    }

    public record Accepted(OutboxMessage message, String messagingServiceSid) implements Result {
    }

    public record Rejected(TwilioError error) implements Result {
    }
}
