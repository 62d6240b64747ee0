package dev.concierge.ingest.requests.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.requests.application.TypingIndicators;
import dev.concierge.ingest.shared.application.Caller;
import java.time.Clock;
import java.time.Instant;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Publishes {@code {"requestId","userId","role","at"}} on the Redis channel {@code typing:<requestId>};
 * the projections service relays it to the open chat windows.
 */
public final class RedisTypingIndicators implements TypingIndicators {

    public static final String CHANNEL_PREFIX = "typing:";

    private final RedissonClient redisson;
    private final ObjectMapper mapper;
    private final Clock clock;

    public RedisTypingIndicators(RedissonClient redisson, ObjectMapper mapper, Clock clock) {
        this.redisson = redisson;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void publish(String requestId, Caller caller) {
        try {
            String json = mapper.writeValueAsString(
                    new Typing(requestId, caller.id(), caller.role().groupName(), clock.instant()));
            redisson.getTopic(CHANNEL_PREFIX + requestId, StringCodec.INSTANCE).publish(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a typing signal always serialises", e);
        }
    }

    record Typing(String requestId, String userId, String role, Instant at) {
    }
}
