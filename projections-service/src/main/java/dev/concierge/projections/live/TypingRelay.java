package dev.concierge.projections.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestSnapshot;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.redisson.api.RPatternTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Relays the typing signals ingest-api publishes on the Redis channels {@code typing:<requestId>} (JSON
 * {@code {"requestId","userId","role","at"}}) to the streams that may see that request: its owner and staff
 * (staff only while the request is not in the read model yet). Typing is momentary: it is not kept for resuming.
 */
@ApplicationScoped
public class TypingRelay {

    static final String CHANNELS = "typing:*";
    private static final String PREFIX = "typing:";
    private static final Logger LOG = Logger.getLogger(TypingRelay.class);

    private final RedissonClient redisson;
    private final LiveFeed feed;
    private final MongoRequests requests;
    private final ObjectMapper json;

    TypingRelay(RedissonClient redisson, LiveFeed feed, MongoRequests requests, EventCodec codec) {
        this.redisson = redisson;
        this.feed = feed;
        this.requests = requests;
        this.json = codec.mapper();
    }

    void listen(@Observes StartupEvent started) {
        RPatternTopic topic = redisson.getPatternTopic(CHANNELS, StringCodec.INSTANCE);
        try {
            // Redisson subscribes again by itself after a reconnect
            // the owner lookup reads MongoDB: not on Redisson's event loop
            topic.addListener(String.class, (pattern, channel, signal) -> Infrastructure.getDefaultWorkerPool()
                    .execute(() -> relay(channel.toString(), signal)));
        } catch (RuntimeException unreachable) {
            LOG.warnf("typing signals are not relayed: Redis did not answer the subscription: %s",
                    unreachable.getMessage());
        }
    }

    private void relay(String channel, String signal) {
        String requestId = channel.substring(PREFIX.length());
        JsonNode parsed;
        try {
            parsed = json.readTree(signal);
        } catch (JsonProcessingException notJson) {
            // it is pushed to browsers as JSON: what is not JSON is not passed on
            LOG.warnf("a typing signal on %s is not JSON and is not relayed", channel);
            return;
        }
        String owner = requests.byId(requestId).map(StoredRequest::snapshot).map(RequestSnapshot::customerId)
                .orElse(null);
        feed.typing(requestId, parsed.toString(), owner);
    }
}
