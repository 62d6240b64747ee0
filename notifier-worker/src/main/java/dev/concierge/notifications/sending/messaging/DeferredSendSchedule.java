package dev.concierge.notifications.sending.messaging;

import dev.concierge.notifications.sending.application.DeferredSendRunner;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Looks for deferred notifications whose quiet hours have ended, every
 * {@code concierge.deferred.poll-interval}. One instance at a time (a Redis lock): two running the
 * same due notification would make the slower one find the other's claim in flight.
 */
@ApplicationScoped
public class DeferredSendSchedule {

    private static final Logger LOG = Logger.getLogger(DeferredSendSchedule.class);

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
        try {
            if (!lock.tryLock()) {
                return;
            }
        } catch (RuntimeException redisAway) {
            // readiness already says Redis is DOWN; the next tick tries again
            LOG.debugf("deferred sends not looked for: %s", redisAway.getMessage());
            return;
        }
        try {
            runner.runDue();
        } finally {
            lock.unlock();
        }
    }
}
