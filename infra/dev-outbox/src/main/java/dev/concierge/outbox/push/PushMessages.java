package dev.concierge.outbox.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.messages.Direction;
import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.messages.OutboxMessage;
import dev.concierge.outbox.messages.Texts;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /v1/projects/{project}/messages:send} of FCM HTTP v1: checks what FCM checks first (a
 * message with one target, string data values) and records the push.
 */
public final class PushMessages {

    private final MessageLog log;
    private final Clock clock;
    private final Supplier<String> hexIds;

    public PushMessages(MessageLog log, Clock clock, Supplier<String> hexIds) {
        this.log = log;
        this.clock = clock;
        this.hexIds = hexIds;
    }

    public Result send(String project, JsonNode request) {
        JsonNode message = request == null ? null : request.get("message");
        if (message == null || !message.isObject()) {
            return new Rejected("Invalid JSON payload received. Required field 'message' is missing.");
        }
        String target = target(message);
        if (target == null) {
            return new Rejected("Invalid value at 'message': one of token, topic or condition is required.");
        }
        Map<String, String> data = new LinkedHashMap<>();
        JsonNode dataNode = message.path("data");
        if (!dataNode.isMissingNode() && !dataNode.isObject()) {
            return new Rejected("Invalid value at 'message.data': must be a map of strings.");
        }
        for (Map.Entry<String, JsonNode> entry : iterable(dataNode)) {
            if (!entry.getValue().isTextual()) {
                return new Rejected("Invalid value at 'message.data[" + entry.getKey() + "].value': must be a string.");
            }
            data.put(entry.getKey(), entry.getValue().asText());
        }
        JsonNode notification = message.path("notification");
        String body = Texts.joinNonBlank(text(notification, "title"), text(notification, "body"));
        String id = hexIds.get();
        String name = "projects/" + project + "/messages/" + id;
        if (!request.path("validate_only").asBoolean(false)) {
            log.record(new OutboxMessage(id, Channel.PUSH, Direction.OUTBOUND, "projects/" + project, target, body,
                    List.of(), null, null, data, "sent", null, clock.instant()));
        }
        return new Accepted(name);
    }

    private static String target(JsonNode message) {
        for (String field : List.of("token", "topic", "condition")) {
            String value = text(message, field);
            if (value != null) {
                return field.equals("token") ? value : field + ":" + value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    /** FCM's answer: the message name, or an INVALID_ARGUMENT error. */
    public sealed interface Result permits Accepted, Rejected {
    }

    public record Accepted(String name) implements Result {
    }

    public record Rejected(String message) implements Result {
    }
}
