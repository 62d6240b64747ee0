package dev.concierge.projections.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One push on {@code GET /v1/stream}: {@code kind} is {@code request} (data: the new snapshot) or
 * {@code message} (data: the chat message); {@code customerId} and {@code recordTime} decide who gets
 * it and time it, and are not sent.
 */
public record LiveChange(String kind, String requestId, @JsonRawValue String data, @JsonIgnore String customerId,
        @JsonIgnore Instant recordTime) {
}
