package dev.concierge.ingest.shared.persistence;

import dev.concierge.ingest.shared.application.Answers;
import dev.concierge.ingest.shared.application.OnceOnly;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@code once:<key>} in Redis: {@code R|<marker>} while the first write runs (a short TTL, so a
 * crashed writer does not hold the key for ever), then {@code D|<answer>} for the remembering window.
 * The claim is one {@code SET NX}, so of two concurrent callers exactly one writes. The blocking calls
 * wait for the asynchronous ones, so both behave the same.
 */
public final class RedisOnceOnly implements OnceOnly {

    private static final String RUNNING = "R|";
    private static final String DONE = "D|";
    private static final Duration RUNNING_TTL = Duration.ofSeconds(30);

    private final RedissonClient redisson;

    public RedisOnceOnly(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public Optional<Held> claim(String key, String runningMarker) {
        return Answers.await(claimAsync(key, runningMarker));
    }

    @Override
    public void complete(String key, String answer, Duration remember) {
        Answers.await(completeAsync(key, answer, remember));
    }

    @Override
    public void release(String key) {
        Answers.await(releaseAsync(key));
    }

    @Override
    public CompletionStage<Optional<Held>> claimAsync(String key, String runningMarker) {
        RBucket<String> bucket = bucket(key);
        return bucket.setIfAbsentAsync(RUNNING + runningMarker, RUNNING_TTL).thenCompose(claimed -> claimed
                ? CompletableFuture.completedFuture(Optional.<Held>empty())
                : bucket.getAsync().thenCompose(stored -> stored == null
                        // released or lapsed between the two calls: try again
                        ? claimAsync(key, runningMarker)
                        : CompletableFuture.completedFuture(Optional.of(new Held(stored.startsWith(RUNNING),
                                stored.substring(Math.min(2, stored.length())))))));
    }

    @Override
    public CompletionStage<Void> completeAsync(String key, String answer, Duration remember) {
        return bucket(key).setAsync(DONE + answer, remember);
    }

    @Override
    public CompletionStage<Void> releaseAsync(String key) {
        return bucket(key).deleteAsync().thenApply(deleted -> null);
    }

    private RBucket<String> bucket(String key) {
        return redisson.getBucket("once:" + key, StringCodec.INSTANCE);
    }
}
