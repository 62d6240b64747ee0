package dev.concierge.ingest.webhooks.persistence;

import dev.concierge.ingest.webhooks.application.DeliveryLog;
import java.time.Duration;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@code webhook:<id>}: "pending" while being stored (short TTL), then "done" for the dedup window. */
public final class RedisDeliveryLog implements DeliveryLog {

    private static final String PENDING = "pending";
    private static final Duration PENDING_TTL = Duration.ofSeconds(30);

    private final RedissonClient redisson;
    private final Duration dedupWindow;

    public RedisDeliveryLog(RedissonClient redisson, Duration dedupWindow) {
        this.redisson = redisson;
        this.dedupWindow = dedupWindow;
    }

    @Override
    public Claim claim(String deliveryId) {
        RBucket<String> bucket = bucket(deliveryId);
        if (bucket.setIfAbsent(PENDING, PENDING_TTL)) {
            return Claim.NEW;
        }
        String state = bucket.get();
        return PENDING.equals(state) ? Claim.IN_PROGRESS : state == null ? claim(deliveryId) : Claim.DONE;
    }

    @Override
    public void complete(String deliveryId) {
        bucket(deliveryId).set("done", dedupWindow);
    }

    @Override
    public void release(String deliveryId) {
        bucket(deliveryId).delete();
    }

    private RBucket<String> bucket(String deliveryId) {
        return redisson.getBucket("webhook:" + deliveryId, StringCodec.INSTANCE);
    }
}
