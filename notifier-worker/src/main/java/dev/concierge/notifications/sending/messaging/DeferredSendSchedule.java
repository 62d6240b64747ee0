package dev.concierge.notifications.sending.messaging;

import dev.concierge.notifications.sending.application.DeferredSendRunner;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Looks for deferred notifications whose quiet hours have ended, every
 * {@code concierge.deferred.poll-interval}. One instance at a time (a Redis lock): two running the
 * same due notification would make the slower one find the other's claim in flight.
 */
@ApplicationScoped
public class DeferredSendSchedule {

    private final DeferredSendRunner runner;
    private final RedissonClient redis;

    DeferredSendSchedule(DeferredSendRunner runner, RedissonClient redis) {
        this.runner = runner;
        this.redis = redis;
    }

    @Scheduled(every = "${concierge.deferred.poll-interval}", delayed = "${concierge.deferred.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        RLock lock = redis.getLock("notifier:deferred-runner");
        if (!lock.tryLock()) {
            return;
        }
        try {
            runner.runDue();
        } finally {
            lock.unlock();
        }
    }
}
