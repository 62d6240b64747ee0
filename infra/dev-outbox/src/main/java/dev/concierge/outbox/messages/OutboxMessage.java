package dev.concierge.outbox.messages;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One message the outbox saw. {@code body} is what a reader sees: the text, or for an email the subject
 * and the text part. {@code template} only for Twilio content templates, {@code email} only for email,
 * {@code data} only for push. {@code errorCode} is set once a Twilio message failed.
 */
public record OutboxMessage(String id, Channel channel, Direction direction, String from, String to, String body,
        List<Media> media, Template template, EmailContent email, Map<String, String> data, String status,
        Integer errorCode, Instant time) {

    public OutboxMessage {
        media = List.copyOf(media);
        data = data == null ? null : Map.copyOf(data);
    }

    public OutboxMessage withStatus(String newStatus, Integer newErrorCode) {
        return new OutboxMessage(id, channel, direction, from, to, body, media, template, email, data, newStatus,
                newErrorCode, time);
    }

    public OutboxMessage withMedia(List<Media> newMedia) {
        return new OutboxMessage(id, channel, direction, from, to, body, newMedia, template, email, data, status,
                errorCode, time);
    }

    /** The other party: whoever is not the outbox's side of the exchange. */
    public String counterpart() {
        return Addresses.bare(direction == Direction.INBOUND ? from : to);
    }
}
