package dev.concierge.notifications.shared.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;

/** A Notify stored as its JSON (the schemas mapper; secrets stay encrypted), for documents that keep one. */
public final class NotifyJson {

    private final ObjectMapper mapper;

    public NotifyJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Notify notify) {
        try {
            return mapper.writeValueAsString(notify);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Notify " + notify.idempotencyKey(), e);
        }
    }

    public Notify read(String json) {
        try {
            return mapper.readValue(json, Notify.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored Notify no longer reads: " + e.getOriginalMessage(), e);
        }
    }
}
