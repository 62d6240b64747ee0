package dev.concierge.projections.analytics.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.analytics.application.AnswerCache;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Analytics answers in Redis as JSON, under a key that starts with a generation number. A change of
 * any metric increments the generation (one {@code INCR}, shared by every replica), so every earlier
 * answer is stale at once without knowing which questions it touched: a summary spans many days and
 * categories, and one counter is one round trip. Stale keys expire after {@code lifetime}.
 */
public final class RedisAnswerCache implements AnswerCache {

    static final String PREFIX = "projections:analytics:";
    private static final Logger LOG = Logger.getLogger(RedisAnswerCache.class);

    private final RedissonClient redis;
    private final ObjectMapper json;
    private final Duration lifetime;

    public RedisAnswerCache(RedissonClient redis, ObjectMapper json, Duration lifetime) {
        this.redis = redis;
        this.json = json;
        this.lifetime = lifetime;
    }

    @Override
    public <T> T answer(String question, Class<T> type, Supplier<T> compute) {
        RBucket<String> bucket;
        String cached;
        try {
            bucket = redis.getBucket(PREFIX + redis.getAtomicLong(PREFIX + "generation").get() + ":" + question,
                    StringCodec.INSTANCE);
            cached = bucket.get();
        } catch (RedisException unreachable) {
            LOG.warnf("analytics cache unavailable, answering from MongoDB: %s", unreachable.getMessage());
            return compute.get();
        }
        if (cached != null) {
            return read(cached, type, question);
        }
        T answer = compute.get();
        try {
            bucket.set(write(answer, question), lifetime);
        } catch (RedisException unreachable) {
            LOG.warnf("analytics answer not cached: %s", unreachable.getMessage());
        }
        return answer;
    }

    @Override
    public void metricsChanged() {
        try {
            redis.getAtomicLong(PREFIX + "generation").incrementAndGet();
        } catch (RedisException unreachable) {
            // Redis is away, so reads compute from MongoDB now; answers cached before stay until they expire
            LOG.warnf("analytics cache generation not advanced, cached answers may be stale for up to %s: %s",
                    lifetime, unreachable.getMessage());
        }
    }

    private <T> T read(String cached, Class<T> type, String question) {
        try {
            return json.readValue(cached, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cached analytics answer to " + question + " is not readable", e);
        }
    }

    private String write(Object answer, String question) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analytics answer to " + question + " could not be written as JSON", e);
        }
    }
}
